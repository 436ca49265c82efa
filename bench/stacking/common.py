import json, numpy as np, time, sys, os
from sklearn.metrics import f1_score, classification_report
LABELS=['social','marketing','spam']
# Paths (bench/stacking/README.md): corpus defaults to <repo>/data/corpus.jsonl; caches and logs go to
# <repo>/bench/out/stacking. Override with DISCERN_CORPUS / STACK_WORK.
_ROOT=os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','..'))
CORPUS=os.environ.get('DISCERN_CORPUS',os.path.join(_ROOT,'data','corpus.jsonl'))
WORK=os.environ.get('STACK_WORK',os.path.join(_ROOT,'bench','out','stacking'))
os.makedirs(WORK,exist_ok=True)
def W(name): return os.path.join(WORK,name)
def load():
    rows=[json.loads(l) for l in open(CORPUS)]
    texts=[r['text'] for r in rows]
    y=np.array([LABELS.index(r['label']) for r in rows])
    fold=np.array([r['fold'] for r in rows])
    src=np.array([r['source'] for r in rows]); grp=np.array([r['group'] for r in rows])
    return rows,texts,y,fold,src,grp
def mf1(y,p): return f1_score(y,p,average='macro',labels=[0,1,2])
def report(name,y,p):
    per=f1_score(y,p,average=None,labels=[0,1,2])
    s=f"{name}: macroF1={mf1(y,p):.4f} acc={(y==p).mean():.4f} social={per[0]:.4f} marketing={per[1]:.4f} spam={per[2]:.4f}"
    print(s,flush=True); open(W('results.log'),'a').write(s+'\n')
