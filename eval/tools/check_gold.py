#!/usr/bin/env python3
"""Validate the gold files (gold/*.jsonl) against their pages and the contract's field shapes.

Errors (exit 1):
  - a line that is not a fact record of the contract's form, or whose `doc` is not its page;
  - `text` != page[start:end] (code points, end exclusive);
  - fields that do not have the contract's shape for the type (see SHAPES below);
  - internal consistency: a Person's text must read titles + name; a quantity, time or percent
    inside a CaseReport / TestingProgress / Tally / Breakdown / Rate must also be annotated as a
    Quantity / Temporal fact inside that fact's span, with the same value; an Article's headline
    must be its headline slice without line breaks and its dateline the text of the Dateline fact
    in its body; articles must not overlap.
Warnings (printed, exit 0): digits and date words not covered by any Quantity/Temporal fact
(a recall aid for the annotator), breakdowns that do not add up, rates whose part/whole disagree
with the stated ratio (these are facts of the text, not errors of the gold).

With --stats it prints the table of fact counts per type and page used in README.md.
Run: python3 tools/check_gold.py [--stats] [u01 ...]    (from a set folder, e.g. eval/unseen/: python3 ../tools/check_gold.py)
"""
import json
import os
import re
import sys
from decimal import Decimal

# The evaluation set is the folder the tool is run from (eval/unseen, eval/unseen2, ...).
ROOT = os.getcwd()
DOC_PREFIX = 'eval/' + os.path.basename(ROOT) + '/pages/'
TYPES = ['Article', 'Dateline', 'Credit', 'Person', 'Temporal', 'Quantity',
         'CaseReport', 'TestingProgress', 'Tally', 'Breakdown', 'Rate']
HEDGES = ('余', '多', '近', '约', '左右')
TIMEX = re.compile(r'^(PRESENT_REF|(XXXX|\d{4})(-(H[12]|XX|\d{2})(-(XX|\d{2}))?)?(T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?'
                   # relative forms (SUTime-style) kept where no dated dateline anchors them
                   r'|(THIS P1[YMD]|OFFSET P-?\d+[YMD])( -(H[12]|\d{2}))?( ?T(\d{2}:\d{2}|MO|MI|AF|EV|NI))?)$')


class Bad(Exception):
    pass


def strip_ws(s):
    return re.sub(r'\s+', '', s)


def num(v):
    return isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)


def is_time(t, allow_interval=True):
    if not isinstance(t, dict):
        return False
    if set(t) == {'value'}:
        return isinstance(t['value'], str) and bool(TIMEX.match(t['value']))
    if allow_interval and set(t) == {'from', 'to'}:
        return is_time(t['from'], False) and is_time(t['to'], False)
    return False


def is_qty(q):
    if not isinstance(q, dict) or not isinstance(q.get('unit'), str) or not q['unit']:
        return False
    keys = set(q) - {'unit', 'approx'}
    if 'approx' in q and q['approx'] not in HEDGES:
        return False
    if keys == {'value'}:
        return num(q['value'])
    if keys == {'min', 'max'}:
        return num(q['min']) and num(q['max']) and q['min'] < q['max']
    return False


def is_pct(q):
    return is_qty(q) and q['unit'] == '%'


def is_person(p):
    return (isinstance(p, dict) and set(p) == {'name', 'role'} and isinstance(p['name'], str)
            and p['name'] and (p['role'] is None or isinstance(p['role'], str)))


def is_item(i, key):
    return (isinstance(i, dict) and set(i) - {'approx'} == {key, 'value', 'unit'} and isinstance(i[key], str)
            and i[key] and num(i['value']) and isinstance(i['unit'], str) and i['unit']
            and i.get('approx', '余') in HEDGES)


def opt_str(v):
    return v is None or (isinstance(v, str) and v != '')


def check_shape(t, f):
    def need(keys):
        if set(f) != set(keys):
            raise Bad(f'{t} fields must be {sorted(keys)}, got {sorted(f)}')
    if t == 'Article':
        need(['headline', 'headlineStart', 'headlineEnd', 'dateline'])
        if f['headline'] is None:
            if f['headlineStart'] is not None or f['headlineEnd'] is not None:
                raise Bad('headline null but offsets given')
        elif not (isinstance(f['headline'], str) and isinstance(f['headlineStart'], int) and isinstance(f['headlineEnd'], int)):
            raise Bad('bad headline')
        if not opt_str(f['dateline']):
            raise Bad('bad dateline')
    elif t == 'Dateline':
        need(['source', 'date', 'reporters'])
        if not (isinstance(f['source'], str) and f['source'] and (f['date'] is None or is_time(f['date'], False))
                and isinstance(f['reporters'], list) and all(is_person(p) for p in f['reporters'])):
            raise Bad('bad Dateline fields')
    elif t == 'Credit':
        need(['people', 'org'])
        if not (isinstance(f['people'], list) and all(is_person(p) for p in f['people']) and opt_str(f['org'])
                and (f['people'] or f['org'])):
            raise Bad('bad Credit fields')
    elif t == 'Person':
        need(['name', 'titles'])
        if not (isinstance(f['name'], str) and f['name'] and isinstance(f['titles'], list) and f['titles']
                and all(isinstance(x, str) and x for x in f['titles'])):
            raise Bad('bad Person fields')
    elif t == 'Temporal':
        if not is_time(f):
            raise Bad(f'bad Temporal {f}')
    elif t == 'Quantity':
        if not is_qty(f):
            raise Bad(f'bad Quantity {f}')
    elif t == 'CaseReport':
        need(['time', 'region', 'status', 'origin', 'category', 'count'])
        if not ((f['time'] is None or is_time(f['time'])) and opt_str(f['region']) and isinstance(f['status'], str)
                and f['status'] and f['origin'] in (None, '本土', '境外输入') and isinstance(f['category'], str)
                and f['category'] and is_qty(f['count'])):
            raise Bad('bad CaseReport fields')
    elif t == 'TestingProgress':
        need(['asOf', 'region', 'activity', 'completed', 'ratio'])
        if not (is_time(f['asOf']) and opt_str(f['region']) and opt_str(f['activity']) and is_qty(f['completed'])
                and (f['ratio'] is None or is_pct(f['ratio']))):
            raise Bad('bad TestingProgress fields')
    elif t == 'Tally':
        need(['asOf', 'items'])
        if not (is_time(f['asOf']) and isinstance(f['items'], list) and f['items']
                and all(is_item(i, 'what') for i in f['items'])):
            raise Bad('bad Tally fields')
    elif t == 'Breakdown':
        need(['total', 'parts'])
        if not (is_item(f['total'], 'what') and isinstance(f['parts'], list) and f['parts']
                and all(is_item(i, 'label') for i in f['parts'])):
            raise Bad('bad Breakdown fields')
    elif t == 'Rate':
        need(['what', 'part', 'whole', 'ratio'])
        if not (isinstance(f['what'], str) and f['what'] and (f['part'] is None or is_qty(f['part']))
                and (f['whole'] is None or is_qty(f['whole'])) and is_pct(f['ratio'])):
            raise Bad('bad Rate fields')
    else:
        raise Bad(f'unknown type {t}')


def qkey(q):
    return tuple(sorted((k, str(Decimal(str(v))) if num(v) else v) for k, v in q.items()))


def check_page(name, warnings):
    with open(os.path.join(ROOT, 'pages', name + '.txt'), encoding='utf-8') as f:
        page = f.read()
    facts = []
    errors = []
    with open(os.path.join(ROOT, 'gold', name + '.jsonl'), encoding='utf-8') as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            where = f'gold/{name}.jsonl:{ln}'
            try:
                r = json.loads(line, parse_float=Decimal)
                if set(r) - {'id', 'rule'} != {'kind', 'doc', 'type', 'start', 'end', 'text', 'fields'}:
                    raise Bad(f'bad keys {sorted(r)}')
                if r['kind'] != 'fact' or r['doc'] != DOC_PREFIX + name + '.txt':
                    raise Bad('bad kind/doc')
                if not (isinstance(r['start'], int) and isinstance(r['end'], int) and 0 <= r['start'] < r['end'] <= len(page)):
                    raise Bad('bad offsets')
                if page[r['start']:r['end']] != r['text']:
                    raise Bad('text != page[start:end]')
                if r['text'] != r['text'].strip():
                    raise Bad('span starts or ends with whitespace')
                check_shape(r['type'], r['fields'])
                r['_where'] = where
                facts.append(r)
            except (Bad, ValueError, KeyError, TypeError) as e:
                errors.append(f'{where}: {e}')
    by_type = {t: [f for f in facts if f['type'] == t] for t in TYPES}

    def inside(f, t):
        return [g for g in by_type[t] if f['start'] <= g['start'] and g['end'] <= f['end']]

    # Person text = titles + name
    for f in by_type['Person']:
        if strip_ws(f['text']) != '、'.join(f['fields']['titles']) + f['fields']['name']:
            errors.append(f"{f['_where']}: Person text does not read titles+name")
    for f in by_type['Dateline'] + by_type['Credit']:
        people = f['fields'].get('reporters', f['fields'].get('people'))
        s = strip_ws(f['text'])
        pos = 0
        for p in people:
            i = s.find(p['name'], pos)
            if i < 0:
                errors.append(f"{f['_where']}: name {p['name']} not in order in text")
            else:
                pos = i + len(p['name'])
            if p['role'] and p['role'] not in s:
                errors.append(f"{f['_where']}: role {p['role']} not in text")
        if f['type'] == 'Dateline' and strip_ws(f['fields']['source']) != f['fields']['source']:
            errors.append(f"{f['_where']}: source has whitespace")
        if f['type'] == 'Credit' and f['fields']['org'] and f['fields']['org'] not in s:
            errors.append(f"{f['_where']}: org not in text")
    for f in by_type['Quantity']:
        s = strip_ws(f['text'])
        q = f['fields']
        unit = q['unit']
        if unit == '%':
            # 九成 (tenths) is a percent too: 90 %.
            if not ('%' in s or '％' in s or s.startswith('百分之') or '成' in s):
                errors.append(f"{f['_where']}: percent without % sign")
        elif unit not in s:
            errors.append(f"{f['_where']}: unit {unit} not in text")
        if 'approx' in q and q['approx'] not in s:
            errors.append(f"{f['_where']}: hedge {q['approx']} not in text")
        if 'approx' not in q and any(h in s for h in HEDGES):
            warnings.append(f"{f['_where']}: text {s} has a hedge word but no approx")
    # a Quantity/Temporal must not start or end inside a number
    for f in by_type['Quantity'] + by_type['Temporal']:
        i = f['start'] - 1
        while i >= 0 and page[i] in ' \n':
            i -= 1
        j = f['end']
        while j < len(page) and page[j] in ' \n':
            j += 1
        if (i >= 0 and (page[i].isdigit() or page[i] == '.')) or (j < len(page) and page[j].isdigit() and f['text'][-1].isdigit()):
            errors.append(f"{f['_where']}: span {f['text']!r} cuts a number")
    # composite values must be annotated inside the span
    qset = {}
    for g in by_type['Quantity']:
        qset.setdefault(qkey(g['fields']), []).append(g)
    tset = {}
    for g in by_type['Temporal']:
        tset.setdefault(json.dumps(g['fields'], sort_keys=True), []).append(g)

    def has_q(f, q, what):
        if q is None:
            return
        ok = [g for g in qset.get(qkey(q), []) if f['start'] <= g['start'] and g['end'] <= f['end']]
        if not ok:
            errors.append(f"{f['_where']}: {what} {q} has no matching Quantity inside the span")

    def has_t(f, t, what):
        if t is None:
            return
        ok = [g for g in tset.get(json.dumps(t, sort_keys=True), []) if f['start'] <= g['start'] and g['end'] <= f['end']]
        if not ok:
            errors.append(f"{f['_where']}: {what} {t} has no matching Temporal inside the span")

    def item_q(i):
        q = {'value': i['value'], 'unit': i['unit']}
        if 'approx' in i:
            q['approx'] = i['approx']
        return q
    for f in by_type['CaseReport']:
        has_t(f, f['fields']['time'], 'time')
        has_q(f, f['fields']['count'], 'count')
        s = strip_ws(f['text'])
        for k in ('region', 'status', 'origin', 'category'):
            v = f['fields'][k]
            if v and v not in s:
                errors.append(f"{f['_where']}: {k} {v} not in text")
    for f in by_type['TestingProgress']:
        has_t(f, f['fields']['asOf'], 'asOf')
        has_q(f, f['fields']['completed'], 'completed')
        has_q(f, f['fields']['ratio'], 'ratio')
        s = strip_ws(f['text'])
        for k in ('region', 'activity'):
            v = f['fields'][k]
            if v and v not in s:
                errors.append(f"{f['_where']}: {k} {v} not in text")
    for f in by_type['Tally']:
        has_t(f, f['fields']['asOf'], 'asOf')
        s = strip_ws(f['text'])
        for i in f['fields']['items']:
            has_q(f, item_q(i), 'item')
            if i['what'] not in s:
                errors.append(f"{f['_where']}: what {i['what']} not in text")
    for f in by_type['Breakdown']:
        s = strip_ws(f['text'])
        tot = f['fields']['total']
        has_q(f, item_q(tot), 'total')
        if tot['what'] not in s:
            errors.append(f"{f['_where']}: what {tot['what']} not in text")
        for p in f['fields']['parts']:
            has_q(f, item_q(p), 'part')
            if p['label'] not in s:
                errors.append(f"{f['_where']}: label {p['label']} not in text")
        total = sum(Decimal(str(p['value'])) for p in f['fields']['parts'])
        if total != Decimal(str(tot['value'])):
            warnings.append(f"{f['_where']}: (text fact) parts add up to {total}, total {tot['value']}")
    for f in by_type['Rate']:
        for k in ('part', 'whole', 'ratio'):
            has_q(f, f['fields'][k], k)
        if f['fields']['what'] not in strip_ws(f['text']):
            errors.append(f"{f['_where']}: what not in text")
        p, w = f['fields']['part'], f['fields']['whole']
        if p and w and 'value' in p and 'value' in w:
            r = f['fields']['ratio']['value']
            digits = -Decimal(str(r)).as_tuple().exponent
            calc = (Decimal(str(p['value'])) / Decimal(str(w['value'])) * 100).quantize(Decimal(1).scaleb(-digits))
            if calc != Decimal(str(r)):
                warnings.append(f"{f['_where']}: (text fact) part/whole = {calc}, stated {r}")
    # articles
    arts = sorted(by_type['Article'], key=lambda a: a['start'])
    for a, b in zip(arts, arts[1:]):
        if b['start'] < a['end']:
            errors.append(f"{b['_where']}: article overlaps previous")
    for a in arts:
        fl = a['fields']
        if fl['headline'] is not None:
            hs, he = fl['headlineStart'], fl['headlineEnd']
            if page[hs:he].replace('\n', '') != fl['headline']:
                errors.append(f"{a['_where']}: headline != slice without line breaks")
            if a['start'] <= hs < a['end']:
                errors.append(f"{a['_where']}: headline inside body")
        dl = inside(a, 'Dateline')
        if (dl[0]['text'] if dl else None) != fl['dateline']:
            errors.append(f"{a['_where']}: dateline does not match the Dateline fact in the body")
    for d in by_type['Dateline']:
        if not any(a['start'] <= d['start'] and d['end'] <= a['end'] for a in arts):
            errors.append(f"{d['_where']}: Dateline outside every article")
    # recall aid: digits / numerals / date words not covered
    covered = [False] * len(page)
    for t in ('Quantity', 'Temporal'):
        for f in by_type[t]:
            for i in range(f['start'], f['end']):
                covered[i] = True
    for m in re.finditer(r'[0-9]+|今年|去年|明年|昨天|昨日|今天|今日|当天|当日|次日|目前', page):
        if not any(covered[m.start():m.end()]):
            ctx = page[max(0, m.start() - 8):m.end() + 8].replace('\n', '⏎')
            warnings.append(f'{name}: uncovered {m.group()!r} at {m.start()}: …{ctx}…')
    for m in re.finditer(r'[一二两三四五六七八九十百千万]+[余多]?[个名位次件家场项条批人天年块道支台份吨亩户元册届期起处间座]', page):
        if not any(covered[m.start():m.end()]):
            ctx = page[max(0, m.start() - 6):m.end() + 6].replace('\n', '⏎')
            warnings.append(f'{name}: numeral+classifier not annotated {m.group()!r} at {m.start()}: …{ctx}…')
    return facts, errors


def main():
    args = sys.argv[1:]
    stats = '--stats' in args
    names = [a for a in args if not a.startswith('--')] or sorted(
        f[:-6] for f in os.listdir(os.path.join(ROOT, 'gold')) if f.endswith('.jsonl'))
    all_errors = []
    warnings = []
    table = {}
    for name in names:
        facts, errors = check_page(name, warnings)
        all_errors += errors
        table[name] = {t: sum(1 for f in facts if f['type'] == t) for t in TYPES}
    for w in warnings:
        print('warning:', w)
    for e in all_errors:
        print('ERROR:', e)
    if stats:
        head = '| page | ' + ' | '.join(TYPES) + ' | all |'
        print(head)
        print('|' + ' --- |' * (len(TYPES) + 2))
        tot = {t: 0 for t in TYPES}
        for name in names:
            row = table[name]
            print(f'| {name} | ' + ' | '.join(str(row[t]) for t in TYPES) + f' | {sum(row.values())} |')
            for t in TYPES:
                tot[t] += row[t]
        print('| **all** | ' + ' | '.join(str(tot[t]) for t in TYPES) + f' | {sum(tot.values())} |')
    print(f'{len(names)} pages, {sum(sum(r.values()) for r in table.values())} facts, '
          f'{len(all_errors)} errors, {len(warnings)} warnings', file=sys.stderr)
    sys.exit(1 if all_errors else 0)


if __name__ == '__main__':
    main()
