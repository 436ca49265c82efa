from common import *
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.svm import LinearSVC
from scipy.sparse import hstack
rows,texts,y,fold,src,grp=load()
tr=fold>=2; te=fold<2
T=np.array(texts,dtype=object)
cfgs={
 'w12+c2-5(sub)': [dict(analyzer='word',ngram_range=(1,2),sublinear_tf=True,min_df=2,lowercase=True),
                   dict(analyzer='char',ngram_range=(2,5),sublinear_tf=True,min_df=2,lowercase=True)],
 'w12+cwb2-5(sub)': [dict(analyzer='word',ngram_range=(1,2),sublinear_tf=True,min_df=2),
                   dict(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=2)],
}
for name,vs in cfgs.items():
  for C in [0.3,1.0]:
    t=time.time()
    Xs=[];Xt=[]
    for v in vs:
        vec=TfidfVectorizer(**v,token_pattern=r"(?u)\b\w+\b|[^\w\s]"  if v['analyzer']=='word' else None) if False else TfidfVectorizer(**v)
        Xs.append(vec.fit_transform(T[tr])); Xt.append(vec.transform(T[te]))
    Xa=hstack(Xs).tocsr(); Xb=hstack(Xt).tocsr()
    m=LinearSVC(C=C).fit(Xa,y[tr]); report(f"SVC {name} C={C} ({time.time()-t:.0f}s)",y[te],m.predict(Xb))
