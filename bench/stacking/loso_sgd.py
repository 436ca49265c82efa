# LOSO / LOGO for the Rust-realistic recipe: SGD-log base on 3 hashed views, 2-fold OOF scores + 28 meta feats -> LGBM 200 rounds.
# Also records: base alone, TF-IDF(w12+cwb25)+LinearSVC baseline (source splits + folds only). Saves A/B per split for cheap meta-learner variants.
from common import *
from meta import META_NAMES
import scipy.sparse as sp, lightgbm as lgb, pickle
from sklearn.linear_model import SGDClassifier
rows,texts,y,fold,src,grp=load(); M=np.load(W('M.npy')); T=np.array(texts,dtype=object)
X=sp.hstack([sp.load_npz(W(f'X_{n}.npz')) for n in ['word12','cwb25','char15cs']]).tocsr()
mk=lambda: SGDClassifier(loss='log_loss',alpha=2e-6,max_iter=8,tol=None,random_state=0)
P0=dict(objective='multiclass',num_class=3,learning_rate=0.05,num_leaves=15,min_data_in_leaf=20,feature_fraction=0.8,bagging_fraction=0.8,bagging_freq=1,lambda_l2=1.0,verbose=-1,num_threads=1,seed=0)
splits=loso_splits(fold,src,grp)
out={}
for name,tri,tei in splits:
    t=time.time()
    m=mk().fit(X[tri],y[tri]); F=m.decision_function(X[tei])
    inner=np.random.RandomState(0).randint(0,2,len(tri)); O=np.zeros((len(tri),3))
    for g in [0,1]: O[inner==g]=mk().fit(X[tri[inner!=g]],y[tri[inner!=g]]).decision_function(X[tri[inner==g]])
    A=np.hstack([O,M[tri]]); B=np.hstack([F,M[tei]])
    P=lgb.train(P0,lgb.Dataset(A,y[tri]),200).predict(B)
    pb=tfidf_svc(T,y,tri,tei) if not name.startswith('grp:') else None
    out[name]=dict(tri=tri,tei=tei,A=A,B=B,P=P,base=F.argmax(1),tfidf=pb)
    print(f"{name} n={len(tei)} stack_acc={(P.argmax(1)==y[tei]).mean():.4f} base_acc={(F.argmax(1)==y[tei]).mean():.4f} tfidf_acc={(pb==y[tei]).mean() if pb is not None else float('nan'):.4f} ({time.time()-t:.0f}s)",flush=True)
    pickle.dump(out,open(W('loso_sgd_out.pkl'),'wb'))
