from common import *
from meta import meta, META_NAMES
import scipy.sparse as sp, lightgbm as lgb, os
from sklearn.svm import LinearSVC
rows,texts,y,fold,src,grp=load()
if not os.path.exists(W('M.npy')): np.save(W('M.npy'),meta(texts))
M=np.load(W('M.npy'))
V={n:sp.load_npz(W(f'X_{n}.npz')) for n in ['word12','cwb25','char15cs']}
def base_scores(X,tri,tei,inner,C=1.0):
    """OOF scores on tri (by inner group ids), full-fit scores on tei"""
    oof=np.zeros((len(tri),3),np.float32)
    for g in np.unique(inner):
        a=tri[inner!=g]; b=tri[inner==g]
        oof[inner==g]=LinearSVC(C=C).fit(X[a],y[a]).decision_function(X[b])
    full=LinearSVC(C=C).fit(X[tri],y[tri]).decision_function(X[tei])
    return oof,full
def stack(tri,tei,bases,nfold=4,use_meta=True,params=None,seed=0,cache=None):
    rng=np.random.RandomState(seed); inner=rng.randint(0,nfold,len(tri))
    O=[];F=[]
    for name in bases:
        X=sp.hstack([V[v] for v in name.split('+')]).tocsr() if '+' in name else V[name]
        o,f=base_scores(X,tri,tei,inner); O.append(o);F.append(f)
    A=np.hstack(O+([M[tri]] if use_meta else [])); B=np.hstack(F+([M[tei]] if use_meta else []))
    p=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,
           feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=seed)
    if params: p.update(params)
    nr=p.pop('rounds',300)
    bst=lgb.train(p,lgb.Dataset(A,y[tri]),nr)
    return bst.predict(B), A, B, bst
if __name__=='__main__':
    tri=np.where(fold>=2)[0]; tei=np.where(fold<2)[0]
    import itertools
    for bases,um in [(['word12','cwb25','char15cs'],True),(['word12','cwb25','char15cs'],False),(['word12+cwb25+char15cs'],True)]:
        t=time.time(); P,A,B,bst=stack(tri,tei,bases,use_meta=um)
        report(f"stack {bases} meta={um} ({time.time()-t:.0f}s)",y[tei],P.argmax(1))
        np.save(f"stackAB_{'_'.join(bases)}_{um}.npy",np.hstack([A.shape[0]*[0]]) ) if False else None
        np.savez(W(f"stackAB_{len(bases)}_{int(um)}.npz"),A=A,B=B)
