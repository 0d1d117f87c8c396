# Checks that every line of the residue set occurs verbatim (whitespace runs aside) in
# its recorded repository:path@commit. Needs the /work/.mirror/ snapshots.
# Usage: python3 verify_residue_set.py assistant.jsonl human.jsonl
import json, re, subprocess, sys, glob, os
M='/work/.mirror/'
def gitdir(repo):
    d=M+repo.replace('/','+',1)+'/repo'
    return d+'/.git' if os.path.isdir(d+'/.git') else d
def show(repo,path,commit):
    return subprocess.run(['git','--git-dir='+gitdir(repo),'show',f'{commit}:{path}'],capture_output=True).stdout.decode('utf-8').replace('\r\n','\n')
bad=0
for f in sys.argv[1:]:
    for n,l in enumerate(open(f)):
        d=json.loads(l)
        src=d['source']
        if src.startswith('https://en.wikipedia.org'):
            continue
        m=re.match(r'([^:]+):(\S+)@([0-9a-f]{40})',src)
        repo,path,commit=m.groups()
        raw=show(repo,path,commit)
        if path.endswith('.jsonl'):
            hay='\n'.join((t['content'] if isinstance(t,dict) else t) for x in raw.splitlines() for ch in json.loads(x)['choices'] for t in ch['turns'])
        elif path.endswith('.ipynb'):
            nb=json.loads(raw); hay=''
            for c in nb['cells']:
                for o in c.get('outputs',[]):
                    t=o.get('text') or o.get('data',{}).get('text/plain') or []
                    hay+=''.join(t) if isinstance(t,list) else t
        else:
            hay=raw
        pat=r'\s+'.join(re.escape(w) for w in d['text'].split())
        ok=re.search(pat,hay) is not None
        if d['context']:
            okc=re.search(r'\s+'.join(re.escape(w) for w in d['context'].split()),hay) is not None
        else: okc=True
        if not (ok and okc):
            bad+=1; print('FAIL',f,n,ok,okc,d['text'][:80])
print('failures',bad)
