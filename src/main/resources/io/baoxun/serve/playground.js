// The baoxun playground. Documents are untrusted input: every text from them (and from the pack)
// goes into the page through textContent or text nodes, never parsed as markup.
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  const state = {
    generation: -1,
    pack: null,
    typeIndex: new Map(),
    rules: new Map(),
    docName: '-',
    text: '',
    facts: [],
    findings: [],
    failing: new Map(), // fact id -> failing findings
    hidden: new Set(), // fact types not shown
    selected: null,
    request: 0,
  };

  /** An element with properties and children; strings become text nodes. */
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'text') e.textContent = v;
      else if (k === 'hue') e.style.setProperty('--h', String(v));
      else if (k === 'dataset') Object.assign(e.dataset, v);
      else e[k] = v;
    }
    for (const c of children) {
      if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  /** Hues spread by the golden angle, by the type's place in the pack: as in the HTML report. */
  function hue(type) {
    if (!state.typeIndex.has(type)) state.typeIndex.set(type, state.typeIndex.size);
    return Math.round(state.typeIndex.get(type) * 137.508) % 360;
  }

  /** Numbers in fields keep the digits they were written with (88.10 stays 88.10). */
  function parseRecords(json) {
    const keepSource = new Set(['start', 'end', 'chars', 'articles']);
    return JSON.parse(json, function (key, value, context) {
      if (typeof value === 'number' && context && typeof context.source === 'string' && !keepSource.has(key)) {
        return context.source;
      }
      return value;
    });
  }

  /** A field value as `explain` and rule examples write it: 5183000 人次, 88.10%, 李平/通讯员. */
  function display(v) {
    if (v === null || v === undefined) return 'null';
    if (typeof v !== 'object') return String(v);
    if (Array.isArray(v)) return '[' + v.map(display).join(', ') + ']';
    const keys = Object.keys(v);
    if ('unit' in v) {
      const amount = 'value' in v ? String(v.value) : v.min + '-' + v.max;
      const s = v.unit === '%' ? amount + '%' : amount + ' ' + v.unit;
      return v.approx ? s + ' ' + v.approx : s;
    }
    if (keys.length === 2 && 'from' in v && 'to' in v) return display(v.from) + '/' + display(v.to);
    if (keys.length === 2 && 'name' in v && 'role' in v) return v.role ? v.name + '/' + v.role : v.name;
    if (keys.length === 1 && 'value' in v) return String(v.value);
    return '{' + keys.map((k) => k + ': ' + display(v[k])).join(', ') + '}';
  }

  function shorten(s, n) {
    const cps = Array.from(s.replace(/\s*\n\s*/g, ' '));
    return cps.length <= n ? cps.join('') : cps.slice(0, n - 1).join('') + '…';
  }

  function place(p) {
    return p ? p.file + ':' + p.line + (p.column ? ':' + p.column : '') : '';
  }

  // ---------------------------------------------------------------- the pack

  async function refreshPack() {
    let pack;
    try {
      const g = await (await fetch('/api/generation', { cache: 'no-store' })).json();
      if (g.generation === state.generation) return;
      pack = await (await fetch('/api/pack', { cache: 'no-store' })).json();
    } catch (e) {
      setStatus('the server does not answer: is baoxun serve still running?', true);
      return;
    }
    state.generation = pack.generation;
    applyPack(pack);
    if (pack.ok && $('input').value.trim() !== '') await extract();
  }

  function setStatus(text, broken) {
    const s = $('pack-status');
    s.textContent = text;
    s.classList.toggle('broken', !!broken);
  }

  function applyPack(pack) {
    state.pack = pack;
    if (!pack.ok) {
      setStatus('pack ' + pack.dir + ' does not load: ' + pack.diagnostics.length + ' problem' + (pack.diagnostics.length === 1 ? '' : 's'), true);
      showDiagnostics(pack.diagnostics);
      return;
    }
    hideDiagnostics();
    state.typeIndex = new Map();
    pack.factTypes.forEach((t) => hue(t.name));
    state.rules = new Map(pack.rules.map((r) => [r.id, r]));
    setStatus('pack ' + pack.dir + ' · ' + pack.factTypes.length + ' fact types · ' + pack.rules.length + ' rules · ' +
      pack.checks.length + ' checks · loaded ' + (pack.generation === 1 ? 'once' : pack.generation + ' times'));

    const select = $('rule-select');
    const chosen = select.value;
    select.replaceChildren(el('option', { value: '', text: 'all rules' }));
    for (const r of pack.rules) select.append(el('option', { value: r.id, text: r.id + ' → ' + r.type }));
    select.value = state.rules.has(chosen) ? chosen : '';
    showRuleInfo();

    const examples = $('examples');
    examples.replaceChildren(el('option', { value: '', text: 'Examples…' }));
    for (const r of pack.rules) {
      const group = el('optgroup', { label: r.id });
      r.examples.forEach((x, i) => {
        if (x.positive) group.append(el('option', { value: r.id + '\u0000' + i, text: shorten(x.text, 40) }));
      });
      if (group.children.length > 0) examples.append(group);
    }
  }

  function showDiagnostics(diagnostics) {
    const list = $('diagnostic-list');
    list.replaceChildren();
    for (const d of diagnostics) {
      const rest = d.rendered.startsWith(d.headline) ? d.rendered.slice(d.headline.length).replace(/^\n/, '') : '';
      list.append(el('li', {}, el('div', { className: 'headline', text: d.headline }), rest ? el('pre', { text: rest }) : null));
    }
    $('diagnostics').hidden = false;
    $('results').hidden = true;
    document.body.classList.add('broken'); // the side panels hold results of the pack as it was
  }

  function hideDiagnostics() {
    $('diagnostics').hidden = true;
    $('results').hidden = false;
    document.body.classList.remove('broken');
  }

  // ---------------------------------------------------------------- extracting

  async function extract() {
    const text = $('input').value;
    const ticket = ++state.request;
    let r;
    try {
      r = await fetch('/api/extract?doc=' + encodeURIComponent(state.docName), {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
        body: text,
      });
    } catch (e) {
      showMessage('the server does not answer: is baoxun serve still running?');
      return;
    }
    const body = await r.text();
    if (ticket !== state.request) return; // a later request is under way: its answer wins
    if (r.status === 503) {
      const b = JSON.parse(body);
      setStatus('pack ' + b.dir + ' does not load', true);
      showDiagnostics(b.diagnostics);
      return;
    }
    if (!r.ok) {
      showMessage(JSON.parse(body).error);
      return;
    }
    showMessage(null);
    hideDiagnostics();
    render(text, parseRecords(body));
  }

  function showMessage(text) {
    const m = $('message');
    m.textContent = text || '';
    m.hidden = !text;
  }

  function localId(ref) {
    const i = ref.lastIndexOf('#');
    return i < 0 ? ref : ref.slice(i + 1);
  }

  function render(text, records) {
    state.text = text;
    state.facts = records.filter((x) => x.kind === 'fact');
    state.findings = records.filter((x) => x.kind === 'finding');
    state.failing = new Map();
    for (const f of state.findings) {
      if (f.status !== 'fail') continue;
      for (const ref of f.facts) {
        const id = localId(ref);
        if (!state.failing.has(id)) state.failing.set(id, []);
        state.failing.get(id).push(f);
      }
    }
    const error = records.find((x) => x.kind === 'error');
    if (error) showMessage(error.message);
    renderLegend();
    renderText();
    renderFactList();
    renderChecks();
  }

  function renderLegend() {
    const counts = new Map();
    for (const f of state.facts) if (!isFrame(f)) counts.set(f.type, (counts.get(f.type) || 0) + 1);
    const types = [...counts.keys()];
    types.forEach(hue);
    types.sort((a, b) => state.typeIndex.get(a) - state.typeIndex.get(b));
    $('legend').replaceChildren(...types.map((t) => {
      const chip = el('span', { className: 'chip' + (state.hidden.has(t) ? ' off' : ''), hue: hue(t), title: 'show or hide ' + t, dataset: { type: t } },
        el('span', { className: 'sw', hue: hue(t) }), t + ' ' + counts.get(t));
      chip.addEventListener('click', () => {
        if (state.hidden.has(t)) state.hidden.delete(t); else state.hidden.add(t);
        renderLegend();
        renderText();
      });
      return chip;
    }));
  }

  /** Facts come from a rule of the pack; the others (articles, from the segmenter) frame them. */
  function isFrame(fact) {
    return !state.rules.has(fact.rule);
  }

  /**
   * The text with one element per fact, nested as the facts nest; where two overlap without one
   * holding the other, the later is closed and opened again. Offsets are code points.
   */
  function renderText() {
    const doc = $('doc');
    const cps = Array.from(state.text);
    const marks = state.facts.filter((f) => !state.hidden.has(f.type) && f.end <= cps.length && f.start < f.end);
    marks.sort((a, b) => a.start - b.start || b.end - a.end);
    const cuts = new Set([0, cps.length]);
    for (const m of marks) { cuts.add(m.start); cuts.add(m.end); }
    const points = [...cuts].sort((a, b) => a - b);

    const root = document.createDocumentFragment();
    const open = []; // [fact, element]
    const anchored = new Set();
    for (let k = 1; k < points.length; k++) {
      const a = points[k - 1];
      const b = points[k];
      const covering = marks.filter((m) => m.start <= a && b <= m.end);
      let keep = 0;
      while (keep < open.length && keep < covering.length && open[keep][0] === covering[keep]) keep++;
      open.length = keep;
      for (let i = keep; i < covering.length; i++) {
        const f = covering[i];
        const span = el('span', {
          className: 'f' + (isFrame(f) ? ' frame' : '') + (state.failing.has(f.id) ? ' fail' : ''),
          hue: hue(f.type),
          dataset: { fact: f.id, type: f.type },
        });
        if (!anchored.has(f.id)) { span.id = 'fact-' + f.id; anchored.add(f.id); }
        (open.length ? open[open.length - 1][1] : root).append(span);
        open.push([f, span]);
      }
      const piece = document.createTextNode(cps.slice(a, b).join(''));
      (open.length ? open[open.length - 1][1] : root).append(piece);
    }
    doc.replaceChildren(root);
    if (state.selected) select(state.selected, false);
  }

  function renderFactList() {
    const shown = state.facts.filter((f) => !isFrame(f));
    $('fact-count').textContent = '(' + shown.length + ')';
    $('fact-list').replaceChildren(...shown.map((f) => {
      const li = el('li', { className: state.failing.has(f.id) ? 'fail' : '', dataset: { fact: f.id }, title: f.rule },
        el('span', { className: 'sw', hue: hue(f.type) }),
        el('span', { className: 'type', text: f.type }),
        el('span', { className: 'id', text: f.id }),
        el('span', { className: 'text', text: shorten(f.text, 40) }));
      li.addEventListener('click', () => select(f.id, true));
      return li;
    }));
  }

  function renderChecks() {
    const failing = state.findings.filter((f) => f.status === 'fail');
    const others = state.findings.filter((f) => f.status !== 'fail');
    const passed = others.filter((f) => f.status === 'pass').length;
    $('checks-summary').textContent = '(' + failing.length + ' failed, ' + passed + ' passed, ' + (others.length - passed) + ' skipped)';
    const refs = (f) => f.facts.map((ref) => {
      const link = el('span', { className: 'ref', text: localId(ref) });
      link.addEventListener('click', () => select(localId(ref), true));
      return link;
    });
    $('failing').replaceChildren(...(failing.length === 0
      ? [el('li', { className: 'none', text: state.findings.length ? 'No check failed.' : 'No check judged these facts.' })]
      : failing.map((f) => el('li', {},
        el('span', { className: 'check', text: f.check }), el('span', { className: 'sev', text: f.severity || '' }),
        el('div', { text: f.message }), el('div', {}, ...refs(f))))));
    $('findings').replaceChildren(...others.map((f) =>
      el('li', {}, f.check + ' ' + f.status + ': ' + f.message + ' ', ...refs(f))));
  }

  /** Marks a fact in the text and the list, and makes its rule the one to explain. */
  function select(id, scroll) {
    state.selected = id;
    document.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
    const fact = state.facts.find((f) => f.id === id);
    if (!fact) return;
    const mark = document.getElementById('fact-' + id);
    const item = document.querySelector('#fact-list li[data-fact="' + CSS.escape(id) + '"]');
    if (item) item.classList.add('selected');
    if (mark) {
      mark.classList.add('selected');
      if (scroll) {
        mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
        mark.classList.remove('flash');
        void mark.offsetWidth;
        mark.classList.add('flash');
      }
    }
    if (scroll && state.rules.has(fact.rule)) {
      $('rule-select').value = fact.rule;
      showRuleInfo();
    }
  }

  // ---------------------------------------------------------------- hover

  function factCard(f) {
    const rule = state.rules.get(f.rule);
    const rows = Object.entries(f.fields || {}).map(([k, v]) => el('tr', {}, el('td', { text: k }), el('td', { text: display(v) })));
    const fails = (state.failing.get(f.id) || []).map((x) => el('div', { className: 'bad', text: '✗ ' + x.check + ': ' + x.message }));
    return el('div', { className: 'fact' },
      el('div', { className: 'head' }, el('span', { className: 'sw', hue: hue(f.type) }), f.type + ' ' + f.id),
      el('div', { className: 'meta', text: 'rule ' + f.rule + (rule ? ' · ' + place(rule) : '') }),
      rule ? el('div', { className: 'meta', text: 'grammar ' + rule.grammarRule + (rule.grammar ? ' · ' + place(rule.grammar) : '') }) : null,
      el('div', { className: 'meta', text: '«' + shorten(f.text, 50) + '» [' + f.start + ', ' + f.end + ')' }),
      rows.length ? el('table', {}, el('tbody', {}, ...rows)) : null,
      ...fails);
  }

  function showTooltip(event) {
    const tip = $('tooltip');
    const mark = event.target instanceof Element ? event.target.closest('#doc .f') : null;
    if (!mark) { tip.hidden = true; return; }
    const chain = [];
    for (let e = mark; e && e.id !== 'doc'; e = e.parentElement) {
      if (e.classList.contains('f')) {
        const f = state.facts.find((x) => x.id === e.dataset.fact);
        if (f) chain.push(f);
      }
    }
    tip.replaceChildren(...chain.slice(0, 3).map(factCard));
    tip.hidden = false;
    const pad = 14;
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = event.clientX + pad;
    let y = event.clientY + pad;
    if (x + w > window.innerWidth - 4) x = Math.max(4, event.clientX - w - pad);
    if (y + h > window.innerHeight - 4) y = Math.max(4, event.clientY - h - pad);
    tip.style.left = x + 'px';
    tip.style.top = y + 'px';
  }

  // ---------------------------------------------------------------- explain

  function showRuleInfo() {
    const r = state.rules.get($('rule-select').value);
    $('rule-info').textContent = r
      ? r.summary + ' — ' + place(r) + ' · grammar ' + r.grammarRule + (r.grammar ? ' (' + place(r.grammar) + ')' : '') +
        ' · ' + r.examples.length + ' examples'
      : 'Why each rule fired on this text, or how close it came.';
  }

  async function explain() {
    const rule = $('rule-select').value || null;
    const out = $('explain-output');
    out.textContent = 'explaining…';
    let r;
    try {
      r = await fetch('/api/explain', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: $('input').value, rule }),
      });
    } catch (e) {
      out.textContent = 'the server does not answer: is baoxun serve still running?';
      return;
    }
    const b = await r.json();
    if (r.status === 503) {
      showDiagnostics(b.diagnostics);
      out.textContent = b.error;
      return;
    }
    out.textContent = r.ok ? b.report : b.error;
  }

  // ---------------------------------------------------------------- input

  /** A file as text: UTF-8 if it is that, else GB18030 (as extract reads files), without a BOM. */
  function decode(buffer) {
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch (e) {
      text = new TextDecoder('gb18030').decode(buffer);
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }

  let typing = null;
  function extractSoon() {
    clearTimeout(typing);
    typing = setTimeout(extract, 400);
  }

  function start() {
    const input = $('input');
    input.addEventListener('input', () => { state.docName = '-'; extractSoon(); });
    input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); clearTimeout(typing); extract(); }
    });
    $('extract-button').addEventListener('click', () => { clearTimeout(typing); extract(); });
    $('explain-button').addEventListener('click', explain);
    $('rule-select').addEventListener('change', showRuleInfo);
    $('open-file').addEventListener('change', async (e) => {
      const file = e.target.files[0];
      if (!file) return;
      input.value = decode(await file.arrayBuffer());
      state.docName = file.name;
      e.target.value = '';
      extract();
    });
    $('examples').addEventListener('change', (e) => {
      const [id, i] = e.target.value.split('\u0000');
      const rule = state.rules.get(id);
      e.target.value = '';
      if (!rule) return;
      input.value = rule.examples[Number(i)].text;
      state.docName = '-';
      $('rule-select').value = id;
      showRuleInfo();
      extract();
    });
    const doc = $('doc');
    doc.addEventListener('mousemove', showTooltip);
    doc.addEventListener('mouseleave', () => { $('tooltip').hidden = true; });
    doc.addEventListener('click', (e) => {
      const mark = e.target instanceof Element ? e.target.closest('#doc .f:not(.frame)') : null;
      if (mark) select(mark.dataset.fact, false);
      if (mark) {
        const f = state.facts.find((x) => x.id === mark.dataset.fact);
        if (f && state.rules.has(f.rule)) { $('rule-select').value = f.rule; showRuleInfo(); }
        const item = document.querySelector('#fact-list li[data-fact="' + CSS.escape(mark.dataset.fact) + '"]');
        if (item) item.scrollIntoView({ block: 'nearest' });
      }
    });
    // The pack is looked at every second and a half: a saved rule file shows in the page at once.
    const poll = async () => { await refreshPack(); setTimeout(poll, 1500); };
    poll();
  }

  document.addEventListener('DOMContentLoaded', start);
})();
