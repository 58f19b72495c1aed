#!/usr/bin/env python3
"""Turn the annotator's drafts (drafts/*.txt) into the evaluation pages (pages/*.txt).

The drafts are the text exactly as written by the annotator, one paragraph per line.
A draft whose first line is `%wrap SEED` is laid out like a PDF/OCR extraction:
every paragraph is cut into lines of 14-18 code points (pseudo-random, fixed seed, so the
pages are reproducible); a line starting with `=` is kept whole (headlines), without the `=`.
Markers, in any draft:
  ¶  forced line break (to put a break inside a name or between a number and its unit)
  ¦  column break: a blank line inside a paragraph
Drafts without `%wrap` are copied as they are (markers removed).

The pages, not the drafts, are the evaluation set; gold offsets refer to the pages.
Run: python3 tools/make_pages.py   (from a set folder, e.g. eval/unseen/: python3 ../tools/make_pages.py)
"""
import os
import random
import sys

# The evaluation set is the folder the tool is run from (eval/unseen, eval/unseen2, ...).
ROOT = os.getcwd()
NO_LINE_START = set('，。、；：？！）》」』”’%％,.;:?!) ')


def wrap_paragraph(par, rnd, lo=14, hi=18):
    out = []
    cur = 0
    width = rnd.randint(lo, hi)
    for ch in par:
        if ch == '¶':
            out.append('\n')
            cur = 0
            width = rnd.randint(lo, hi)
            continue
        if ch == '¦':
            out.append('\n\n')
            cur = 0
            width = rnd.randint(lo, hi)
            continue
        if cur >= width and ch not in NO_LINE_START:
            out.append('\n')
            cur = 0
            width = rnd.randint(lo, hi)
        out.append(ch)
        cur += 1
    return ''.join(out)


def make(draft_text):
    lines = draft_text.split('\n')
    if lines and lines[0].startswith('%wrap'):
        seed = int(lines[0].split()[1])
        rnd = random.Random(seed)
        out = []
        for line in lines[1:]:
            if line.startswith('='):
                out.append(line[1:].replace('¶', '\n').replace('¦', '\n\n'))
            elif not line.strip():
                out.append(line)
            else:
                out.append(wrap_paragraph(line, rnd))
        return '\n'.join(out)
    return draft_text.replace('¶', '\n').replace('¦', '\n\n')


def main():
    names = sys.argv[1:] or sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, 'drafts')) if f.endswith('.txt'))
    for name in names:
        with open(os.path.join(ROOT, 'drafts', name + '.txt'), encoding='utf-8') as f:
            text = f.read()
        page = make(text)
        with open(os.path.join(ROOT, 'pages', name + '.txt'), 'w', encoding='utf-8') as f:
            f.write(page)
        cjk = sum(1 for c in page if '\u4e00' <= c <= '\u9fff')
        print(f'{name}: {len(page)} code points, {cjk} CJK characters')


if __name__ == '__main__':
    main()
