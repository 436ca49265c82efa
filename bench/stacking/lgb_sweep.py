# meta-learner variants on the SGD-base folds split (A/B saved by loso_sgd.py)
from common import *
from meta import META_NAMES
import pickle, lightgbm as lgb
rows,texts,y,fold,src,grp=load()
d=pickle.load(open(W('loso_sgd_out.pkl'),'rb'))['folds']; A,B,tri,tei=d['A'],d['B'],d['tri'],d['tei']
P0=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=0)
names=['s0','s1','s2']+META_NAMES
def run(tag,cols=None,rounds=200,**kw):
    cols=cols if cols is not None else list(range(A.shape[1]))
    p=dict(P0);p.update(kw);t=time.time();bst=lgb.train(p,lgb.Dataset(A[:,cols],y[tri]),rounds);tt=time.time()-t
    t=time.time();P=bst.predict(B[:,cols]);pt=(time.time()-t)/len(tei)*1e6
    report(f"SGDstack {tag} r={rounds} {kw} train={tt:.1f}s pred={pt:.1f}us/post(py)",y[tei],P.argmax(1))
report("SGD base alone",y[tei],B[:,:3].argmax(1))
run('all')
run('scores only',[0,1,2])
for r,kw in [(100,{}),(100,dict(learning_rate=0.1)),(100,dict(num_leaves=7,learning_rate=0.1)),(50,dict(learning_rate=0.2)),(100,dict(max_bin=63,learning_rate=0.1)),(300,dict(learning_rate=0.03))]: run('all',rounds=r,**kw)
small=[names.index(n) for n in ['s0','s1','s2','len','ntok','capr','nonascii','digr','meanwl','titler','dots','at','upwords']]
run('13 feats',small)
nostyle=[i for i,n in enumerate(names) if n not in ('capr','titler','upwords','startcap','nonascii','mojibake','emoji')]
run('no case/nonascii feats',nostyle)
run('scores+len+ntok',[0,1,2,names.index('len'),names.index('ntok')])
for s in [1,2]: run(f'all seed{s}',seed=s)
