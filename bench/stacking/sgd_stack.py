# Does the meta/GBDT gain hold with a cheap SGD softmax-ish base (closer to discern) instead of LinearSVC?
from common import *
import scipy.sparse as sp, lightgbm as lgb
from sklearn.linear_model import SGDClassifier
rows,texts,y,fold,src,grp=load(); M=np.load(W('M.npy'))
views=sys.argv[1].split(',') if len(sys.argv)>1 else ['word12','cwb25','char15cs']
X=sp.hstack([sp.load_npz(W(f'X_{n}.npz')) for n in views]).tocsr()
tri=np.where(fold>=2)[0]; tei=np.where(fold<2)[0]
mk=lambda: SGDClassifier(loss='log_loss',alpha=2e-6,max_iter=8,tol=None,random_state=0)
t=time.time(); m=mk().fit(X[tri],y[tri]); report(f"SGD-log {views} alone (fit {time.time()-t:.0f}s)",y[tei],m.predict(X[tei]))
Ft=m.decision_function(X[tei])
inner=np.random.RandomState(0).randint(0,2,len(tri)); O=np.zeros((len(tri),3))
for g in [0,1]: O[inner==g]=mk().fit(X[tri[inner!=g]],y[tri[inner!=g]]).decision_function(X[tri[inner==g]])
P0=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=0)
bst=lgb.train(P0,lgb.Dataset(np.hstack([O,M[tri]]),y[tri]),200)
report(f"stack SGD-log {views} OOF2 + meta -> lgbm200 ({time.time()-t:.0f}s)",y[tei],bst.predict(np.hstack([Ft,M[tei]])).argmax(1))
