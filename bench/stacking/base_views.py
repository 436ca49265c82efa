from common import *
import scipy.sparse as sp
from sklearn.svm import LinearSVC
rows,texts,y,fold,src,grp=load()
tr=fold>=2; te=fold<2
V={n:sp.load_npz(W(f'X_{n}.npz')) for n in ['word12','cwb25','char15cs']}
def run(name,X,C=1.0):
    t=time.time(); m=LinearSVC(C=C).fit(X[tr],y[tr]); report(f"hashSVC {name} C={C} fit={time.time()-t:.1f}s",y[te],m.predict(X[te]))
for n in V: run(n,V[n])
run('word12+cwb25',sp.hstack([V['word12'],V['cwb25']]).tocsr())
run('word12+cwb25+char15cs',sp.hstack([V['word12'],V['cwb25'],V['char15cs']]).tocsr())
