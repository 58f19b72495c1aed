#!/usr/bin/env python3
"""Build gold JSONL (gold/*.jsonl) from the annotator's annotation files (annotations/*.ann).

Offsets are never written by hand: every fact names its span by a text snippet, and this tool
finds it in the page and computes Unicode code-point offsets (end exclusive).  It fails loudly
(exit 1, with file:line) when a snippet is not found, or is found more than once where it is
looked for and no occurrence number says which.

Annotation file format (UTF-8, one directive per line; `#` starts a comment line):

  @scope all                      search the whole page (the default at the top of a file)
  @scope START ... END            search only from START to the first END after it
  A | START ... END | HEADLINE    an Article: body from START to END; HEADLINE is a snippet or `-`.
                                  Also sets the scope to body+headline for the lines that follow.
  TYPE[#n] | SNIPPET | FIELDS     a fact of TYPE whose span is SNIPPET (n-th occurrence in scope)

Snippet matching: whitespace in the snippet is ignored, and between any two characters of the
snippet the page may hold any run of whitespace (line breaks, spaces, blank lines).  So a snippet
is written as the reader sees it, and the span still runs from its first to its last character;
the gold `text` is always the exact page slice, line breaks included.  A HEADLINE or START
snippet may end in `#n` to pick the n-th occurrence in the page.  `left[[span]]right` gives
context: the whole is matched, only the part inside [[ ]] is the span.  A fact snippet may also
be a range `START ... END` (from START to the first END after it, inside the scope).

TYPE and FIELDS (fields separated by ` ; `, `-` for null):
  D   Dateline        source ; date ; reporters          reporters: role:name, role:name  (role empty = null)
  C   Credit          people ; org                       people as reporters, or -
  P   Person          name ; title1 ; title2 ...
  T   Temporal        TIMEX3   or   FROM/TO
  Q   Quantity        QTY
  CR  CaseReport      time ; region ; status ; origin ; category ; QTY
  TP  TestingProgress asOf ; region ; activity ; QTY ; PCT
  TA  Tally           asOf ; what = QTY ; what = QTY ...
  BD  Breakdown       what = QTY ; label = QTY ; label = QTY ...     (first is the total)
  RA  Rate            what ; QTY ; QTY ; PCT                          (what ; part ; whole ; ratio)
  time fields: TIMEX3, FROM/TO for an interval, or -.
  QTY: NUMBER UNIT [APPROX]; NUMBER may carry 万/亿/千/百 (518.3万 -> 5183000) or be a range a-b
       (min/max); numbers without a multiplier are kept exactly as written (88.10 stays 88.10).
  PCT: a QTY whose unit is %.

Article `dateline` is filled automatically with the text of the Dateline fact inside its body.
Run: python3 tools/build_gold.py [u01 ...]     (from a set folder, e.g. eval/unseen/: python3 ../tools/build_gold.py)
"""
import json
import os
import re
import sys
from decimal import Decimal

# The evaluation set is the folder the tool is run from (eval/unseen, eval/unseen2, ...).
ROOT = os.getcwd()
DOC_PREFIX = 'eval/' + os.path.basename(ROOT) + '/pages/'

TYPES = {'A': 'Article', 'D': 'Dateline', 'C': 'Credit', 'P': 'Person', 'T': 'Temporal',
         'Q': 'Quantity', 'CR': 'CaseReport', 'TP': 'TestingProgress', 'TA': 'Tally',
         'BD': 'Breakdown', 'RA': 'Rate'}
MULT = {'万': 10000, '亿': 100000000, '千': 1000, '百': 100}


class AnnError(Exception):
    pass


class _Span:
    def __init__(self, a, b):
        self.a, self.b = a, b

    def start(self):
        return self.a

    def end(self):
        return self.b


# ---------------------------------------------------------------- values

def parse_number(s):
    mult = 1
    while s and s[-1] in MULT:
        mult *= MULT[s[-1]]
        s = s[:-1]
    try:
        d = Decimal(s)
    except Exception:
        raise AnnError(f'bad number {s!r}')
    if mult != 1:
        d = d * mult
        if d == d.to_integral_value():
            return int(d)
        return d.normalize()
    if '.' not in s and 'e' not in s.lower():
        return int(s)
    return d  # keep the digits as written


def parse_qty(spec):
    toks = spec.split()
    if len(toks) not in (2, 3):
        raise AnnError(f'quantity needs NUMBER UNIT [APPROX]: {spec!r}')
    num, unit = toks[0], toks[1]
    q = {}
    m = re.fullmatch(r'(-?[0-9.]+[万亿千百]*)-([0-9.]+[万亿千百]*)', num)
    if m:
        q['min'] = parse_number(m.group(1))
        q['max'] = parse_number(m.group(2))
    else:
        q['value'] = parse_number(num)
    q['unit'] = unit
    if len(toks) == 3:
        if toks[2] not in ('余', '多', '近', '约', '左右'):
            raise AnnError(f'unknown hedge {toks[2]!r}')
        q['approx'] = toks[2]
    return q


def parse_time(s):
    s = s.strip()
    if s == '-':
        return None
    if '/' in s:
        a, b = s.split('/')
        return {'from': {'value': a.strip()}, 'to': {'value': b.strip()}}
    return {'value': s}


def parse_people(s):
    s = s.strip()
    if s == '-':
        return []
    people = []
    for p in s.split(','):
        p = p.strip()
        if ':' not in p:
            raise AnnError(f'person needs role:name, got {p!r}')
        role, name = p.split(':', 1)
        people.append({'name': name.strip(), 'role': role.strip() or None})
    return people


def nul(s):
    s = s.strip()
    return None if s == '-' else s


def parse_item(s, key):
    if '=' not in s:
        raise AnnError(f'item needs NAME = QTY: {s!r}')
    name, qs = s.split('=', 1)
    q = parse_qty(qs.strip())
    if 'value' not in q:
        raise AnnError('items cannot be ranges')
    item = {key: name.strip(), 'value': q['value'], 'unit': q['unit']}
    if 'approx' in q:
        item['approx'] = q['approx']
    return item


def parse_fields(code, spec):
    parts = [p.strip() for p in spec.split(';')] if spec.strip() else []

    def need(n):
        if len(parts) != n:
            raise AnnError(f'{TYPES[code]} needs {n} fields separated by ";", got {len(parts)}: {spec!r}')

    if code == 'D':
        need(3)
        return {'source': parts[0], 'date': parse_time(parts[1]), 'reporters': parse_people(parts[2])}
    if code == 'C':
        need(2)
        return {'people': parse_people(parts[0]), 'org': nul(parts[1])}
    if code == 'P':
        if len(parts) < 2:
            raise AnnError('Person needs name ; title ...')
        return {'name': parts[0], 'titles': parts[1:]}
    if code == 'T':
        need(1)
        t = parse_time(parts[0])
        if t is None:
            raise AnnError('Temporal needs a value')
        return t
    if code == 'Q':
        need(1)
        return parse_qty(parts[0])
    if code == 'CR':
        need(6)
        return {'time': parse_time(parts[0]), 'region': nul(parts[1]), 'status': parts[2],
                'origin': nul(parts[3]), 'category': parts[4], 'count': parse_qty(parts[5])}
    if code == 'TP':
        need(5)
        return {'asOf': parse_time(parts[0]), 'region': nul(parts[1]), 'activity': nul(parts[2]),
                'completed': parse_qty(parts[3]), 'ratio': None if parts[4] == '-' else parse_qty(parts[4])}
    if code == 'TA':
        if len(parts) < 2:
            raise AnnError('Tally needs asOf ; item ...')
        return {'asOf': parse_time(parts[0]), 'items': [parse_item(p, 'what') for p in parts[1:]]}
    if code == 'BD':
        if len(parts) < 2:
            raise AnnError('Breakdown needs total ; part ...')
        return {'total': parse_item(parts[0], 'what'), 'parts': [parse_item(p, 'label') for p in parts[1:]]}
    if code == 'RA':
        need(4)
        return {'what': parts[0], 'part': None if parts[1] == '-' else parse_qty(parts[1]),
                'whole': None if parts[2] == '-' else parse_qty(parts[2]), 'ratio': parse_qty(parts[3])}
    raise AnnError(f'unknown type code {code!r}')


# ---------------------------------------------------------------- matching

def snippet_regex(snippet):
    """Whitespace-insensitive pattern; `left[[span]]right` marks the span inside a longer context."""
    s = snippet.replace('\\n', '')
    if '[[' in s:
        if s.count('[[') != 1 or s.count(']]') != 1 or s.index('[[') > s.index(']]'):
            raise AnnError(f'bad [[...]] in snippet {snippet!r}')
        left, rest = s.split('[[', 1)
        mid, right = rest.split(']]', 1)
    else:
        left, mid, right = '', s, ''

    def pat(t):
        return [re.escape(c) for c in t if not c.isspace()]

    pl, pm, pr = pat(left), pat(mid), pat(right)
    if not pm:
        raise AnnError('empty snippet')
    ws = r'\s*'
    rx = ''
    if pl:
        rx += ws.join(pl) + ws
    rx += '(?P<span>' + ws.join(pm) + ')'
    if pr:
        rx += ws + ws.join(pr)
    return re.compile(rx)


def split_occ(s):
    m = re.fullmatch(r'(.*?)#(\d+)', s.strip())
    if m:
        return m.group(1), int(m.group(2))
    return s.strip(), None


def find(page, snippet, lo, hi, occ=None, what='snippet'):
    rx = snippet_regex(snippet)
    hits = [m for m in rx.finditer(page, lo, hi)]
    hits = [_Span(m.start('span'), m.end('span')) for m in hits]
    if not hits:
        raise AnnError(f'{what} not found in [{lo},{hi}): {snippet!r}')
    if occ is None:
        if len(hits) > 1:
            raise AnnError(f'{what} ambiguous ({len(hits)} hits at {[h.start() for h in hits]}): {snippet!r}')
        m = hits[0]
    else:
        if occ < 1 or occ > len(hits):
            raise AnnError(f'{what} occurrence #{occ} of {len(hits)}: {snippet!r}')
        m = hits[occ - 1]
    return m.start(), m.end()


def find_range(page, spec, lo, hi, what):
    if ' ... ' not in spec:
        raise AnnError(f'{what} needs START ... END')
    a, b = spec.split(' ... ', 1)
    a, occ = split_occ(a)
    s, _ = find(page, a, lo, hi, occ, what + ' start')
    rx = snippet_regex(b)
    for m in rx.finditer(page, s, hi):
        if m.end('span') > s:
            return s, m.end('span')
    raise AnnError(f'{what} end not found after {s}: {b!r}')


# ---------------------------------------------------------------- output

def ser(v):
    if v is None:
        return 'null'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if isinstance(v, int):
        return str(v)
    if isinstance(v, Decimal):
        return str(v)
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)
    if isinstance(v, list):
        return '[' + ','.join(ser(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ','.join(json.dumps(k, ensure_ascii=False) + ':' + ser(x) for k, x in v.items()) + '}'
    raise TypeError(type(v))


def build(name):
    page_path = os.path.join(ROOT, 'pages', name + '.txt')
    ann_path = os.path.join(ROOT, 'annotations', name + '.ann')
    with open(page_path, encoding='utf-8') as f:
        page = f.read()
    facts = []
    errors = []
    scope = (0, len(page))
    with open(ann_path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for ln, line in enumerate(lines, 1):
        s = line.strip()
        if not s or s.startswith('#'):
            continue
        try:
            if s.startswith('@scope'):
                arg = s[len('@scope'):].strip()
                scope = (0, len(page)) if arg == 'all' else find_range(page, arg, 0, len(page), 'scope')
                continue
            cols = [c.strip() for c in s.split(' | ')]
            code, occ = split_occ(cols[0])
            if code not in TYPES:
                raise AnnError(f'unknown type {code!r}')
            if code == 'A':
                if len(cols) != 3:
                    raise AnnError('A needs: A | START ... END | HEADLINE')
                bs, be = find_range(page, cols[1], 0, len(page), 'article body')
                fields = {'headline': None, 'headlineStart': None, 'headlineEnd': None, 'dateline': None}
                lo, hi = bs, be
                if cols[2] != '-':
                    h, hocc = split_occ(cols[2])
                    hs, he = find(page, h, 0, len(page), hocc, 'headline')
                    fields['headline'] = page[hs:he].replace('\r', '').replace('\n', '')
                    fields['headlineStart'] = hs
                    fields['headlineEnd'] = he
                    lo, hi = min(bs, hs), max(be, he)
                facts.append({'type': 'Article', 'start': bs, 'end': be, 'fields': fields, 'line': ln})
                scope = (lo, hi)
                continue
            if len(cols) != 3:
                raise AnnError('need: TYPE | SNIPPET | FIELDS')
            if ' ... ' in cols[1]:
                if occ is not None:
                    raise AnnError('use START#n ... END for ranges')
                st, en = find_range(page, cols[1], scope[0], scope[1], 'snippet')
            else:
                st, en = find(page, cols[1], scope[0], scope[1], occ)
            fields = parse_fields(code, cols[2])
            facts.append({'type': TYPES[code], 'start': st, 'end': en, 'fields': fields, 'line': ln})
        except AnnError as e:
            errors.append(f'{ann_path}:{ln}: {e}')
    # link articles to their datelines
    datelines = [f for f in facts if f['type'] == 'Dateline']
    for a in facts:
        if a['type'] != 'Article':
            continue
        inside = [d for d in datelines if a['start'] <= d['start'] and d['end'] <= a['end']]
        if len(inside) > 1:
            errors.append(f'{ann_path}:{a["line"]}: article holds {len(inside)} datelines')
        elif inside:
            a['fields']['dateline'] = page[inside[0]['start']:inside[0]['end']]
    seen = {}
    for f in facts:
        key = (f['type'], f['start'], f['end'])
        if key in seen:
            errors.append(f'{ann_path}:{f["line"]}: duplicate of line {seen[key]} ({key})')
        seen[key] = f['line']
    if errors:
        return None, errors
    facts.sort(key=lambda f: (f['start'], f['end'], f['type']))
    out = []
    for f in facts:
        rec = {'kind': 'fact', 'doc': DOC_PREFIX + name + '.txt', 'type': f['type'], 'start': f['start'],
               'end': f['end'], 'text': page[f['start']:f['end']], 'fields': f['fields']}
        out.append(ser(rec))
    return out, []


def main():
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, 'annotations')) if f.endswith('.ann'))
    bad = False
    for name in names:
        out, errors = build(name)
        if errors:
            bad = True
            for e in errors:
                print(e, file=sys.stderr)
            continue
        with open(os.path.join(ROOT, 'gold', name + '.jsonl'), 'w', encoding='utf-8') as f:
            f.write('\n'.join(out) + '\n')
        print(f'{name}: {len(out)} facts')
    sys.exit(1 if bad else 0)


if __name__ == '__main__':
    main()
