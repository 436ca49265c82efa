# pooled LOSO macro-F1 / LOGO accuracy from loso_sgd_out.pkl, for the saved recipes and cheap meta-learner variants re-fitted on saved A/B
from common import *
from meta import META_NAMES
import pickle, lightgbm as lgb
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
rows,texts,y,fold,src,grp=load()
out=pickle.load(open(sys.argv[1] if len(sys.argv)>1 else W('loso_sgd_out.pkl'),'rb'))
names=['s0','s1','s2']+META_NAMES
P0=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=0)
def C(l): return [names.index(n) for n in l]
variants={
 'stack(all meta,lgbm200)':None,
 'base alone':'base','tfidf svc':'tfidf',
 'lgbm scores only':(list(range(3)),200),
 'lgbm scores+len+ntok':(C(['s0','s1','s2','len','ntok']),200),
 'lgbm no case/nonascii':([i for i,n in enumerate(names) if n not in ('capr','titler','upwords','startcap','nonascii','mojibake','emoji')],200),
 'LR scores+meta':'lr',
 'lgbm residual(init=base, nl7 r100)':'resid',
}
sel=sys.argv[2].split('|') if len(sys.argv)>2 else list(variants)
loso=[k for k in out if k.startswith('src:')]
single=[s for s in np.unique(src) if len(np.unique(grp[src==s]))==1]
logo=[k for k in out if k.startswith('grp:')]+['src:'+s for s in single if 'src:'+s in out]
print('splits done:',len(loso),'src',len([k for k in out if k.startswith('grp:')]),'grp')
for v in sel:
    spec=variants[v]; preds={}
    for k in set(loso+logo+['folds']):
        d=out[k]; tri,tei=d['tri'],d['tei']
        if spec is None: p=d['P'].argmax(1)
        elif spec=='base': p=d['base']
        elif spec=='tfidf':
            if d['tfidf'] is None: continue
            p=d['tfidf']
        elif spec=='lr':
            sc=StandardScaler().fit(d['A']); p=LogisticRegression(max_iter=2000).fit(sc.transform(d['A']),y[tri]).predict(sc.transform(d['B']))
        elif spec=='resid':
            p0=dict(P0,num_leaves=7,lambda_l2=10.0,min_data_in_leaf=50)
            bst=lgb.train(p0,lgb.Dataset(d['A'],y[tri],init_score=d['A'][:,:3].ravel(order='F')),100)
            p=(bst.predict(d['B'],raw_score=True)+d['B'][:,:3]).argmax(1)
        else:
            cols,r=spec; p=lgb.train(P0,lgb.Dataset(d['A'][:,cols],y[tri]),r).predict(d['B'][:,cols]).argmax(1)
        preds[k]=p
    line=f"{v:28s} folds={mf1(y[out['folds']['tei']],preds['folds']):.4f}"
    if loso:
        ti=np.concatenate([out[k]['tei'] for k in loso]); pp=np.concatenate([preds[k] for k in loso])
        line+=f" LOSO({len(loso)}) macroF1={mf1(y[ti],pp):.4f} acc={(y[ti]==pp).mean():.4f} | "+' '.join(f"{k[4:10]}={(preds[k]==y[out[k]['tei']]).mean():.3f}" for k in loso)
    lg=[k for k in logo if k in preds]
    if lg:
        ti=np.concatenate([out[k]['tei'] for k in lg]); pp=np.concatenate([preds[k] for k in lg])
        line+=f" | LOGO({len(lg)}) acc={(y[ti]==pp).mean():.4f} n={len(ti)}"
    print(line,flush=True); open(W('loso_results.log'),'a').write(line+'\n')
