# LOSO / LOGO for: TF-IDF(w12+cwb25) LinearSVC baseline, hashed 3-view SVC, stack(3-view SVC OOF + meta -> LGBM)
from stack import *
from sklearn.feature_extraction.text import TfidfVectorizer
import pickle
T=np.array(texts,dtype=object)
def tfidf_svc(tri,tei):
    Xs=[];Xt=[]
    for v in [dict(analyzer='word',ngram_range=(1,2),sublinear_tf=True,min_df=2),dict(analyzer='char_wb',ngram_range=(2,5),sublinear_tf=True,min_df=2)]:
        vec=TfidfVectorizer(**v); Xs.append(vec.fit_transform(T[tri])); Xt.append(vec.transform(T[tei]))
    return LinearSVC(C=1.0).fit(sp.hstack(Xs).tocsr(),y[tri]).predict(sp.hstack(Xt).tocsr())
splits=[('folds',np.where(fold>=2)[0],np.where(fold<2)[0])]
for s in np.unique(src): splits.append(('src:'+s,np.where(src!=s)[0],np.where(src==s)[0]))
for g in np.unique(grp):
    if g not in src_groups if False else (len(np.unique(src[grp==g]))==1 and (grp==g).sum()<(src==src[grp==g][0]).sum()):
        splits.append(('grp:'+g,np.where(grp!=g)[0],np.where(grp==g)[0]))
print([s[0] for s in splits],flush=True)
nf=int(sys.argv[1]) if len(sys.argv)>1 else 2
out={}
for name,tri,tei in splits:
    t=time.time()
    P,A,B,bst=stack(tri,tei,['word12+cwb25+char15cs'],nfold=nf)
    pb=tfidf_svc(tri,tei)
    out[name]=dict(tei=tei,A=A,B=B,P=P,base=B[:,:3].argmax(1),tfidf=pb)
    print(f"{name} n={len(tei)} stack_acc={(P.argmax(1)==y[tei]).mean():.4f} hash3svc_acc={(B[:,:3].argmax(1)==y[tei]).mean():.4f} tfidf_acc={(pb==y[tei]).mean():.4f} ({time.time()-t:.0f}s)",flush=True)
    if name=='folds':
        report(f"stack nfold={nf}",y[tei],P.argmax(1)); report("tfidf svc (loso script)",y[tei],pb)
    pickle.dump(out,open(W(f'loso_out_nf{nf}.pkl'),'wb'))
