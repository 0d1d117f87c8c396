#!/usr/bin/env python3
"""Draws the blind samples of study aids that Tests/Evaluation/study-aids-judged/RUBRIC.md describes.

Usage: Tools/eval/study-aids-sample.py STUDYKIT OUT_FOLDER [--count N] [--pool pool-final.json]
Builds every article of OUT_FOLDER/pool.json with STUDYKIT, reads flashcards.tsv, quiz.md,
glossary.md and analysis.json, shuffles each kind with random.Random(2026) and writes the first N
(default 50) to OUT_FOLDER/{flashcards,quiz,glossary,keypoints}.jsonl (no article names) and
OUT_FOLDER/{kind}.key.jsonl (item number → article)."""
import html, json, random, re, subprocess, sys, tempfile
from pathlib import Path

def manifest_entry(root, set_name, article):
    for entry in json.loads((root / set_name / 'manifest.json').read_text()):
        if entry['id'] == article:
            return root / set_name / entry['file']
    raise SystemExit(f'{article} not in {set_name}')

def unescape(text):
    return re.sub(r'\\(.)', r'\1', text)

def quiz_items(text):
    questions, answers, items = {}, {}, []
    main, review = text.split('## Chapter review', 1) if '## Chapter review' in text else (text, '')
    for block in re.split(r'\n### Question ', main)[1:]:
        number = int(block.split('\n', 1)[0])
        lines = [l for l in block.split('\n')[1:] if l.strip()]
        prompt = unescape(lines[0])
        options = [unescape(re.sub(r'^- \*\*[A-D]\.\*\* ', '', l)) for l in lines if l.startswith('- **')]
        questions[number] = (prompt, options)
    for match in re.finditer(r'<a id="a(\d+)"></a>\n\n\*\*\d+\.\*\* (?:\*\*([A-D])\.\*\* )?(.*?)\n\n(?:> (.*?)\n\n)?', main, re.S):
        answers[int(match.group(1))] = (match.group(2), unescape(match.group(3)), unescape(match.group(4) or ''))
    for number, (prompt, options) in questions.items():
        letter, answer, evidence = answers.get(number, (None, '', ''))
        items.append({'prompt': prompt, 'options': options, 'keyed': f'{letter}. {answer}' if letter else answer, 'evidence': evidence})
    for block in re.split(r'\n### ', review)[1:]:
        for question in re.finditer(r'\n(\d+)\. (.*?)\n((?:   - [A-D]\. .*?\n)+)\n   \*Answer:\* (.*?)\n', '\n' + block):
            options = [unescape(l.strip()[5:]) for l in question.group(3).strip('\n').split('\n')]
            items.append({'prompt': unescape(question.group(2)), 'options': options, 'keyed': unescape(question.group(4)), 'evidence': ''})
    return items

def main():
    args = sys.argv[1:]
    count = 50
    if '--count' in args:
        at = args.index('--count'); count = int(args[at + 1]); del args[at:at + 2]
    pool_name, suffix = 'pool.json', ''
    if '--pool' in args:
        at = args.index('--pool'); pool_name = args[at + 1]; del args[at:at + 2]
        suffix = '-' + Path(pool_name).stem.replace('pool-', '')
    studykit, out = args[0], Path(args[1])
    root = Path(__file__).resolve().parents[2] / 'Tests/Evaluation'
    pool = json.loads((out / pool_name).read_text())['articles']
    kinds = {'flashcards': [], 'quiz': [], 'glossary': [], 'keypoints': []}
    for entry in pool:
        path = manifest_entry(root, entry['set'], entry['id'])
        with tempfile.TemporaryDirectory() as work:
            subprocess.run([studykit, 'build', str(path), '--out', work], check=True, capture_output=True)
            folder = next(Path(work).iterdir())
            for line in (folder / 'flashcards.tsv').read_text().split('\n')[6:]:
                if not line: continue
                fields = line.split('\t')
                # flashcards.tsv holds HTML fields (#html:true): shown to the judge as Anki shows them.
                fields = [html.unescape(field) for field in fields]
                front = re.sub(r'\{\{c1::(.*?)\}\}', r'[…]', fields[3]) if fields[1] == 'Cloze' else fields[3]
                answer = re.search(r'\{\{c1::(.*?)\}\}', fields[3]).group(1) if fields[1] == 'Cloze' else fields[4]
                kinds['flashcards'].append({'article': entry['id'], 'type': fields[1], 'front': front, 'back': answer})
            for item in quiz_items((folder / 'quiz.md').read_text()):
                kinds['quiz'].append({'article': entry['id'], **item})
            glossary = (folder / 'glossary.md').read_text().split('## Index')[0]
            for match in re.finditer(r'^\*\*(.+?)\*\*(?: \(also: (.*?)\))? — (.*?)(?: · \*Used in:\*.*)?$', glossary, re.M):
                if match.group(3).endswith('†'): continue
                kinds['glossary'].append({'article': entry['id'], 'term': unescape(match.group(1)), 'definition': unescape(match.group(3))})
            analysis = json.loads((folder / 'analysis.json').read_text())
            for section in analysis['sections']:
                for point in section.get('summary', []):
                    kinds['keypoints'].append({'article': entry['id'], 'section': section['title'] or 'Introduction', 'point': point['text']})
    for kind, items in kinds.items():
        # A chapter-review question repeats one of the main quiz: each question once.
        seen, unique = set(), []
        for item in items:
            key = (item['article'], item.get('prompt') or item.get('front') or item.get('term') or item.get('point'))
            if key not in seen:
                seen.add(key)
                unique.append(item)
        items[:] = unique
        random.Random(2026).shuffle(items)
        with open(out / f'{kind}{suffix}.jsonl', 'w') as file, open(out / f'{kind}{suffix}.key.jsonl', 'w') as key:
            for number, item in enumerate(items[:count], 1):
                article = item.pop('article')
                file.write(json.dumps({'n': number, **item, 'verdict': None, 'reason': None}, ensure_ascii=False) + '\n')
                key.write(json.dumps({'n': number, 'article': article}) + '\n')
        print(f'{kind}: {len(items)} items, {min(count, len(items))} sampled')

if __name__ == '__main__':
    main()
