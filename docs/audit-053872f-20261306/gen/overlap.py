import re, pathlib
txt = pathlib.Path('/work/main/docs/audit.md').read_text()
lines = txt.split('\n')
# section headers
heads = [(i, l) for i, l in enumerate(lines) if l.startswith('## ')]
def section(pos):
    ln = txt.count('\n', 0, pos)
    h = [l for i, l in heads if i <= ln]
    return h[-1][3:80] if h else '?'
mine_r = [244,1597,6061,8588,17289,18136,11263,11362,11563,11968,13744,13757,16485,17332,17336,17982,19130,1940,20160,20221,20772,3679,4000,7078,774,8642,9237,9276,9317,9608]
arts = sorted(p.name for p in pathlib.Path('/tmp/audit_out_20261306/articles').glob('bbc_*'))
mine_b = [(a.split('_')[1], a.split('_')[2][:3]) for a in arts]
# parse sample paragraphs
found = {}
for m in re.finditer(r'The sample[^:]*:(.*?)(?:\n\n|\. The )', txt, re.S):
    para = m.group(1).replace('\n', ' ')
    sec = section(m.start())
    rm = re.search(r'Reuters ([\d, ]+)', para)
    if rm:
        for n in re.findall(r'\d+', rm.group(1)):
            if int(n) in mine_r:
                found.setdefault(f'reuters-{n}', set()).add(sec)
    for topic in ['business','entertainment','politics','sport','tech']:
        tm = re.search(topic + r' ([\d, ]+)', para)
        if tm:
            for n in re.findall(r'\d+', tm.group(1)):
                if (topic, n.zfill(3)) in mine_b:
                    found.setdefault(f'bbc/{topic}/{n.zfill(3)}.txt', set()).add(sec)
# path mentions
for t, n in mine_b:
    for pat in [f'bbc/{t}/{n}.txt', f'{t}/{n}']:
        for m in re.finditer(re.escape(pat) + r'\b', txt):
            found.setdefault(f'bbc/{t}/{n}.txt', set()).add('mention: ' + section(m.start()))
for r in mine_r:
    for m in re.finditer(rf'(\| {r} \||reuters-{r}\b)', txt):
        found.setdefault(f'reuters-{r}', set()).add('mention: ' + section(m.start()))
for k in sorted(found):
    print(k)
    for s in sorted(found[k]): print('   ', s)
print(len(re.findall(r'The sample[^:]*:', txt)), 'sample paragraphs')
