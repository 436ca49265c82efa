#!/usr/bin/env python3
"""Measured and not kept (eleventh session): does keeping only the n-grams that several
training sources share ("invariant" features) make the text model generalise to a source
it never saw? An approximation of discern's learner in scikit-learn (hashed word 1-2-grams
and within-word character 2-5-grams, sublinear tf, each view L2-normalised, logistic loss,
balanced classes, 8 epochs), leave one source out over the same files as bench/rejudge.py;
a feature is kept when at least K of the other training sources have it in MINDOCS texts.

    python3 bench/invariant_features.py 0,2,4 3 <data files>

Prints pooled accuracy and macro-F1 of the text model alone per K, then per source.
"""
import json, sys, numpy as np, scipy.sparse as sp, time
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import SGDClassifier
from sklearn.preprocessing import normalize
files=sys.argv[3:]
evalonly={l.strip() for l in open('data/sets/eval-only.txt') if l.strip() and not l.startswith('#')}
T=[];Y=[];S=[];W=[];TRAIN=[]
for f in files:
    eo=f.split('/')[-1] in evalonly
    for l in open(f):
        d=json.loads(l); T.append(d["text"]); Y.append(d["label"]); S.append(d["source"]); W.append(float(d.get("weight",1.0) or 1.0)); TRAIN.append(not eo)
Y=np.array(Y); S=np.array(S); W=np.array(W); TRAIN=np.array(TRAIN)
hv1=HashingVectorizer(n_features=2**20, ngram_range=(1,2), alternate_sign=False, norm=None, lowercase=True)
hv2=HashingVectorizer(n_features=2**20, analyzer='char_wb', ngram_range=(2,5), alternate_sign=False, norm=None, lowercase=True)
t=time.time()
X1=hv1.transform(T); X2=hv2.transform(T)
def sub(X): X=X.copy(); X.data=1+np.log(X.data); return normalize(X)
X=sp.hstack([sub(X1),sub(X2)]).tocsr()
print("feat",time.time()-t, X.shape, file=sys.stderr)
labels=np.array(["marketing","social","spam"])
srcs=sorted(set(S))
# per-source presence of each feature (binary)
src_idx={s:np.where(S==s)[0] for s in srcs}
pres=np.zeros((len(srcs),X.shape[1]),dtype=np.int32)
for j,s in enumerate(srcs):
    pres[j]=np.asarray((X[src_idx[s]]>0).sum(0)).ravel()
MINDOCS=int(sys.argv[2]) if len(sys.argv)>2 else 3
K=[int(k) for k in sys.argv[1].split(',')]
def run(k):
    pred=np.empty(len(Y),dtype=object)
    for j,s in enumerate(srcs):
        te=S==s; tr=(~te)&TRAIN
        if k>0:
            others=[i for i in range(len(srcs)) if srcs[i]!=s and TRAIN[src_idx[srcs[i]][0]]]
            nsrc=(pres[others]>=MINDOCS).sum(0)
            keep=(nsrc>=k).astype(np.float32)
            Xk=X@sp.diags(keep)
        else: Xk=X
        # source-balanced-ish: as discern does: given weights
        clf=SGDClassifier(loss='log_loss',alpha=2e-6,max_iter=8,tol=None,class_weight='balanced',random_state=0)
        clf.fit(Xk[tr],Y[tr],sample_weight=W[tr])
        pred[te]=clf.predict(Xk[te])
    return pred
def mf1(pred,mask=None):
    f=[]
    for c in labels:
        tp=np.sum((pred==c)&(Y==c)); fp=np.sum((pred==c)&(Y!=c)); fn=np.sum((pred!=c)&(Y==c))
        f.append(2*tp/(2*tp+fp+fn) if tp else 0)
    return np.mean(f), f
res={}
for k in K:
    t=time.time(); p=run(k); res[k]=p
    m,f=mf1(p); print(f"k={k} mindocs={MINDOCS} acc={np.mean(p==Y):.4f} macroF1={m:.4f} {np.round(f,3)} ({time.time()-t:.0f}s)", flush=True)
for s in srcs:
    te=S==s
    print(f"{s:30}", " ".join(f"{np.mean(res[k][te]==Y[te]):.3f}" for k in K))
