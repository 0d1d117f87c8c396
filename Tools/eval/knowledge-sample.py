#!/usr/bin/env python3
"""Draws the blind samples of role traits and domain evidence that RUBRIC.md describes.

Usage: Tools/eval/knowledge-sample.py STUDYKIT [--held-out] [--count N] [--sets a,b --tag NAME] OUT_FOLDER
Runs `STUDYKIT analyze` on every stored article of Tests/Evaluation/certifications-{a,b}
(development or held-out; with --sets, every article of the named sets, written as {kind}-NAME.jsonl), gathers one item per claim and evidence sentence, shuffles each list
with random.Random(2026) and writes the first N of each to OUT_FOLDER/{traits,domains}-{dev,heldout}.jsonl
with an empty verdict, and OUT_FOLDER/{kind}-{set}.key.jsonl with each item's article (for per-article
figures). The judges' files carry no article name: a judge sees only exam, claim and evidence."""
import json, random, subprocess, sys
from pathlib import Path

def main():
    args = sys.argv[1:]
    held_out = '--held-out' in args
    args = [a for a in args if a != '--held-out']
    count = 60
    if '--count' in args:
        at = args.index('--count'); count = int(args[at + 1]); del args[at:at + 2]
    sets, tag = ['certifications-a', 'certifications-b'], None
    if '--sets' in args:
        at = args.index('--sets'); sets = args[at + 1].split(','); del args[at:at + 2]
    if '--tag' in args:
        at = args.index('--tag'); tag = args[at + 1]; del args[at:at + 2]
    studykit, out = args[0], Path(args[1])
    root = Path(__file__).resolve().parents[2] / 'Tests/Evaluation'
    traits, domains = [], []
    for name in sets:
        manifest = json.loads((root / name / 'manifest.json').read_text())
        for entry in manifest:
            if (tag is None and entry['heldOut'] != held_out) or entry.get('textStored') is False:
                continue
            analysis = json.loads(subprocess.check_output([studykit, 'analyze', str(root / name / entry['file'])]))
            written = {exam['code']: exam['writtenAs'] for exam in analysis['certifications']}
            for role in analysis['roles']:
                for trait in role['traits']:
                    for evidence in trait['evidence']:
                        traits.append({'article': entry['id'], 'exam': role['certification'],
                                       'writtenAs': written.get(role['certification'], []), 'role': role['name'],
                                       'trait': trait['trait'], 'kind': trait['kind'], 'polarity': trait['polarity'],
                                       'evidence': evidence['text']})
            for exam in analysis['certifications']:
                for domain in exam['domains']:
                    for evidence in domain['evidence']:
                        domains.append({'article': entry['id'], 'exam': exam['code'], 'examTitle': exam['title'],
                                        'writtenAs': exam['writtenAs'],
                                        'domain': domain['name'], 'weight': domain['weight'], 'evidence': evidence['text']})
    suffix = tag or ('heldout' if held_out else 'dev')
    for items, kind in [(traits, 'traits'), (domains, 'domains')]:
        random.Random(2026).shuffle(items)
        chosen = items[:count]
        # The judges' file holds no article name; the key file maps item numbers to articles.
        with open(out / f'{kind}-{suffix}.jsonl', 'w') as file, open(out / f'{kind}-{suffix}.key.jsonl', 'w') as key:
            for number, item in enumerate(chosen, 1):
                article = item.pop('article')
                file.write(json.dumps({'n': number, **item, 'verdict': None, 'reason': None}, ensure_ascii=False) + '\n')
                key.write(json.dumps({'n': number, 'article': article}) + '\n')
        print(f'{kind}: {len(items)} items, {len(chosen)} sampled')

if __name__ == '__main__':
    main()
