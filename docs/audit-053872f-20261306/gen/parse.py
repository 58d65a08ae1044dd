import re
def load(path):
    evs = []
    txt = open(path).read()
    for block in txt.strip().split('\n\n#'):
        block = block if block.startswith('#') else '#' + block
        head, rest = block.split('\n', 1)
        m = re.match(r'#(\d+) (\S+) s(\d+) \| (\S+) (\S+) (\S*) \| src=(.*?) tgt=(.*?) \| date=(.*?) \| pattern=(\S+)', head)
        dec = re.search(r'decisions: (.*)\n', rest).group(1)
        sent = rest.split('sentence: ', 1)[1]
        sent = ' '.join(sent.split())
        evs.append(dict(n=int(m[1]), doc=m[2], s=int(m[3]), src=m[4], code=m[5], tgt=m[6], srcname=m[7], tgtname=m[8], date=m[9], pattern=m[10], dec=dec, sent=sent))
    return evs
if __name__ == '__main__':
    r = load('/tmp/audit_out_20261306/rules.txt'); p = load('/tmp/audit_out_20261306/parsed.txt')
    print(len(r), len(p))
    key = lambda e: (e['doc'], e['s'], e['src'], e['code'], e['tgt'])
    rk = {key(e): e['n'] for e in r}
    print([ (e['n'], rk.get(key(e))) for e in p])
