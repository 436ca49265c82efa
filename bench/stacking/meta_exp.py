from common import *
from meta import META_NAMES
import lightgbm as lgb
from sklearn.linear_model import LogisticRegression
rows,texts,y,fold,src,grp=load()
tri=np.where(fold>=2)[0]; tei=np.where(fold<2)[0]
d=np.load(W('stackAB_1_1.npz')); A,B=d['A'],d['B']
M=np.load(W('M.npy'))
P0=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=0)
def g(name,A,B,rounds=300,**kw):
    p=dict(P0);p.update(kw); t=time.time(); bst=lgb.train(p,lgb.Dataset(A,y[tri]),rounds)
    report(f"lgbm {name} r={rounds} {kw} ({time.time()-t:.1f}s)",y[tei],bst.predict(B).argmax(1)); return bst
bst=g('3viewSVC+meta',A,B)
imp=bst.feature_importance('gain'); names=['s_soc','s_mkt','s_spam']+META_NAMES
for i in np.argsort(-imp): print(f"  {names[i]} {imp[i]:.0f}")
g('meta only',M[tri],M[tei])
g('svc scores only',A[:,:3],B[:,:3])
for r,nl in [(100,15),(200,7),(500,15),(300,31)]: g('3viewSVC+meta',A,B,rounds=r,num_leaves=nl)
# linear meta learner
from sklearn.preprocessing import StandardScaler
sc=StandardScaler().fit(A); lr=LogisticRegression(C=1.0,max_iter=2000).fit(sc.transform(A),y[tri]); report("LR on svc+meta",y[tei],lr.predict(sc.transform(B)))
