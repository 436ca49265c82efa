#!/usr/bin/env python3
"""Measured and not kept (eleventh session): "promotes" for replies (comments, messages)
fitted instead of hand-set. A logistic regression on the held-out text log-odds, the
nothing-to-act-on flag, the model's spam share and one indicator per evidence kind, every
source weighing the same, fitted on the other reply sources and tested on each in turn;
compared with the hand-set judgement of bench/rejudge.py on the same rows.

    ROWS_OUT=/tmp/rows.jsonl python3 bench/rejudge.py PREDICTIONS <its data files>
    python3 bench/fit_replies.py 1.0 PREDICTIONS /tmp/rows.jsonl

PREDICTIONS is a `discern eval --predictions` file; the rows file is what rejudge.py
writes with ROWS_OUT (part, label, hand-set verdict, evidence, kind). 1.0 is the inverse
L2 strength.
"""
import json, math, sys, numpy as np
from collections import defaultdict
from sklearn.linear_model import LogisticRegression
sys.path.insert(0,'bench'); import rejudge as R
preds=[json.loads(l) for l in open(sys.argv[2])]
rj=[json.loads(l) for l in open(sys.argv[3])]
def base(e):
    for start,w in R.WEIGHTS:
        if e.startswith(start): return start
KINDS=[s for s,_ in R.WEIGHTS]
def logit(p): p=min(max(p,1e-4),1-1e-4); return math.log(p/(1-p))
X=[];Y=[];P=[];H=[];W=[]
for p,r in zip(preds,rj):
    if r["kind"] not in R.LANDS_ELSEWHERE: continue
    m,_,s=p["text"]
    ks=set(base(e) for e in r["ev"])
    acts=any(not e.startswith(R.NOT_ACTIONABLE) for e in r["ev"])
    x=[logit(m+s), 0 if acts else 1, s/max(m+s,1e-6)]+[1.0 if k in ks else 0.0 for k in KINDS]
    X.append(x); Y.append(r["label"]); P.append(r["part"]); H.append(r["pred"])
X=np.array(X); Y=np.array(Y); P=np.array(P); H=np.array(H)
promo=(Y!="social").astype(int)
tot=defaultdict(int)
for p in P: tot[p]+=1
w=np.array([len(P)/len(tot)/tot[p] for p in P])
print("sources:",dict(tot))
fit_pred=np.empty(len(Y),dtype=object)
for part in sorted(tot):
    te=P==part
    lr=LogisticRegression(C=float(sys.argv[1]),max_iter=3000)
    lr.fit(X[~te],promo[~te],sample_weight=w[~te])
    pp=lr.predict_proba(X[te])[:,1]
    # within comments: promotional => spam unless answers a customer (marketing)
    svc=X[te][:,3+KINDS.index("answers a customer")]>0
    fit_pred[te]=np.where(pp>0.5, np.where(svc,"marketing","spam"),"social")
    print(f"{part:28} n={te.sum():6} hand={np.mean(H[te]==Y[te]):.3f} fit={np.mean(fit_pred[te]==Y[te]):.3f}")
print("overall hand",np.mean(H==Y),"fit",np.mean(fit_pred==Y))
lr=LogisticRegression(C=1.0,max_iter=3000); lr.fit(X,promo,sample_weight=w)
for n,c in zip(["text","nothing","worded"]+KINDS,lr.coef_[0]): print(f"  {n:32} {c:+.2f}")
print("  intercept",lr.intercept_)
