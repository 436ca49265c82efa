# build hashed feature views once for the whole corpus (no fitting on labels): sublinear tf, l2 per view
from common import *
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.preprocessing import normalize
import scipy.sparse as sp
rows,texts,y,fold,src,grp=load()
views={
 'word12': dict(analyzer='word',ngram_range=(1,2),lowercase=True),
 'cwb25': dict(analyzer='char_wb',ngram_range=(2,5),lowercase=True),
 'char15cs': dict(analyzer='char',ngram_range=(1,5),lowercase=False),
}
for n,v in views.items():
    t=time.time()
    X=HashingVectorizer(n_features=2**20,alternate_sign=False,norm=None,**v).transform(texts).tocsr()
    X.data=1+np.log(X.data); X=normalize(X)
    sp.save_npz(W(f'X_{n}.npz'),X.astype(np.float32)); print(n,X.shape,X.nnz,time.time()-t,flush=True)
