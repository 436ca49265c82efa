import re, numpy as np
URL=re.compile(r'https?://|www\.|\.com\b|\.ly\b',re.I)
def meta_one(t):
    n=len(t); toks=t.split(); nt=len(toks)
    letters=sum(c.isalpha() for c in t); caps=sum(c.isupper() for c in t)
    digits=sum(c.isdigit() for c in t); nonascii=sum(ord(c)>127 for c in t)
    emoji=sum(ord(c)>=0x1F000 or 0x2600<=ord(c)<=0x27BF for c in t)
    s=t.strip()
    return [n, nt, caps/max(letters,1), digits/max(n,1), nonascii/max(n,1), emoji,
            t.count('!'), t.count('?'), t.count('.'), t.count(','), t.count('@'), int('@user' in t),
            t.count('#'), int(bool(URL.search(t))), int(s.endswith('.')), int(s[:1].isupper()),
            int(('Ã' in t) or ('â€' in t) or ('\ufffd' in t)), np.mean([len(w) for w in toks]) if toks else 0,
            sum(w.isupper() and len(w)>1 for w in toks)/max(nt,1), int('$' in t or '£' in t or '€' in t), t.count('%'),
            int(s.endswith('!')), int(s.endswith('?')), sum(w[:1].isupper() for w in toks)/max(nt,1),
            int(bool(re.search(r'\d{5,}',t))), int('&amp;' in t or '&' in t), t.count('"')+t.count("'"), int('\n' in t)]
META_NAMES=['len','ntok','capr','digr','nonascii','emoji','excl','q','dots','commas','at','atuser','hash','url','endper','startcap','mojibake','meanwl','upwords','curr','pct','endexcl','endq','titler','longnum','amp','quotes','newline']
def meta(texts): return np.array([meta_one(t) for t in texts],dtype=np.float32)
