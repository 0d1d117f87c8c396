#!/usr/bin/env python3
"""How many of an evaluation set's key terms StudyKit's glossary holds, and with the article's own
defining sentence. The key terms (`keyTerms` in each set's manifest.json) were written down from the
articles before StudyKit ran on them.

Usage: Tools/eval/glossary-key-terms.py STUDYKIT SET [SET...]   (SET: a folder of Tests/Evaluation)
Prints per article and per set: key terms found as a glossary entry (its term or one of its
spellings, plural aside), and those whose entry quotes the key term's defining sentence."""
import json, re, subprocess, sys, tempfile
from pathlib import Path
binary = sys.argv[1]
def norm(t): return re.sub(r'[^a-z0-9 ]','',t.lower().replace('’',"'")).strip()
for setname in sys.argv[2:]:
    root=Path(__file__).resolve().parents[2]/'Tests/Evaluation'/setname
    tot=hit=defhit=0
    for e in json.load(open(root/'manifest.json')):
        with tempfile.TemporaryDirectory() as w:
            subprocess.run([binary,'build',str(root/e['file']),'--out',w],check=True,capture_output=True)
            folder=next(Path(w).iterdir())
            text=(folder/'glossary.md').read_text()
        main=text.split('\n## Index')[0]
        entries=[]
        for m in re.finditer(r'^\*\*(.+?)\*\*(?: \(also: (.*?)\))? — (.*?)(?: · \*Used in:\*.*)?$', main, re.M):
            names=[m.group(1)]+([x.strip() for x in m.group(2).split(',')] if m.group(2) else [])
            entries.append(([norm(n) for n in names], m.group(3)))
        h=d=0
        for k in e['keyTerms']:
            parts=[norm(x) for x in re.split(r'[()]',k['term']) if norm(x)]
            en=next((en for en in entries for n in en[0] for p in parts if n==p or n.rstrip('s')==p.rstrip('s')),None)
            if en:
                h+=1
                if norm(k['definition'])[:60] in norm(en[1]) or norm(en[1])[:60] in norm(k['definition']): d+=1
        tot+=len(e['keyTerms']); hit+=h; defhit+=d
        print(f"  {e['id']}: {h}/{len(e['keyTerms'])} key terms in the glossary, {d} with the article's defining sentence ({len(entries)} entries)")
    print(setname, f"{hit}/{tot} key terms in the glossary, {defhit}/{tot} with their defining sentence")
