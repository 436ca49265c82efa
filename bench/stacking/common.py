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
def tfidf_svc(T,y,tri,tei):
    """The linear reference: TF-IDF word 1-2 + char_wb 2-5 (sublinear, min_df 2), LinearSVC C=1."""
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.svm import LinearSVC
    Xs=[];Xt=[]
    for v in [dict(analyzer='word',ngram_range=(1,2),sublinear_tf=True,min_df=2),dict(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=2)]:
        vec=TfidfVectorizer(**v); Xs.append(vec.fit_transform(T[tri])); Xt.append(vec.transform(T[tei]))
    return LinearSVC(C=1.0).fit(sp.hstack(Xs).tocsr(),y[tri]).predict(sp.hstack(Xt).tocsr())
def loso_splits(fold,src,grp):
    """(name, train rows, test rows): the folds split, each source held out, and each group
    held out that is not its whole source (every group of the corpus has one source)."""
    splits=[('folds',np.where(fold>=2)[0],np.where(fold<2)[0])]
    for s in np.unique(src): splits.append(('src:'+s,np.where(src!=s)[0],np.where(src==s)[0]))
    for g in np.unique(grp):
        s=src[grp==g][0]
        if (grp==g).sum()<(src==s).sum(): splits.append(('grp:'+g,np.where(grp!=g)[0],np.where(grp==g)[0]))
    return splits
