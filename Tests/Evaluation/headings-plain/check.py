#!/usr/bin/env python3
"""Consistency check for this evaluation set (no StudyKit involved).

For every manifest entry: the document exists, is UTF-8 with LF line endings and no form feeds,
and every truth heading's text equals its document lines (from `line`, as many lines as the
heading spans) with whitespace runs collapsed and wrapped lines joined by one space.
Headings must be in document order with levels >= 1. Prints 'N passed, N failed'.
Checks this folder's set, or the set folder given as the first argument (`check.py ../headings-c`)."""
import json, os, re, sys
HERE = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
def coll(s): return re.sub(r'\s+', ' ', s).strip()
passed = failed = 0
for m in json.load(open(os.path.join(HERE, 'manifest.json'), encoding='utf-8')):
    problems = []
    raw = open(os.path.join(HERE, m['file']), 'rb').read()
    text = raw.decode('utf-8')
    if '\r' in text or '\f' in text or text.startswith('\ufeff'): problems.append('CR, form feed or BOM present')
    lines = text.split('\n')
    truth = json.load(open(os.path.join(HERE, 'truth', m['id'] + '.json'), encoding='utf-8'))
    prev = 0
    for h in truth['headings']:
        a = h['line']
        if a <= prev or h['level'] < 1: problems.append(f'order/level at line {a}')
        prev = a
        # the heading spans as many non-blank lines as needed for its text to match
        joined, ok = '', False
        for n in range(1, 6):
            seg = lines[a - 1:a - 1 + n]
            if not seg[-1].strip(): break
            joined = coll(' '.join(seg))
            if joined == h['text'] or (h['text'] in joined and n == 1 and '*' in seg[0]):
                ok = True; break
        if not ok: problems.append(f'line {a}: {h["text"]!r} != {joined!r}')
    if problems:
        failed += 1; print('FAIL', m['id'], *problems, sep='\n  ')
    else:
        passed += 1
print(f'{passed} passed, {failed} failed')
sys.exit(1 if failed else 0)
