# LOSO / LOGO for: TF-IDF(w12+cwb25) LinearSVC baseline, hashed 3-view SVC, stack(3-view SVC OOF + meta -> LGBM)
from stack import *
import pickle
T=np.array(texts,dtype=object)
splits=loso_splits(fold,src,grp)
print([s[0] for s in splits],flush=True)
nf=int(sys.argv[1]) if len(sys.argv)>1 else 2
out={}
for name,tri,tei in splits:
    t=time.time()
    P,A,B,bst=stack(tri,tei,['word12+cwb25+char15cs'],nfold=nf)
    pb=tfidf_svc(T,y,tri,tei)
    out[name]=dict(tei=tei,A=A,B=B,P=P,base=B[:,:3].argmax(1),tfidf=pb)
    print(f"{name} n={len(tei)} stack_acc={(P.argmax(1)==y[tei]).mean():.4f} hash3svc_acc={(B[:,:3].argmax(1)==y[tei]).mean():.4f} tfidf_acc={(pb==y[tei]).mean():.4f} ({time.time()-t:.0f}s)",flush=True)
    if name=='folds':
        report(f"stack nfold={nf}",y[tei],P.argmax(1)); report("tfidf svc (loso script)",y[tei],pb)
    pickle.dump(out,open(W(f'loso_out_nf{nf}.pkl'),'wb'))
