import sys; sys.path.insert(0, '/tmp/work20261306')
from parse import load
from notes import J, P
r = load('/tmp/audit_out_20261306/rules.txt'); p = load('/tmp/audit_out_20261306/parsed.txt')
assert set(J) == {e['n'] for e in r}
key = lambda e: (e['doc'], e['s'], e['src'], e['code'], e['tgt'])
rk = {key(e): e['n'] for e in r}
def trunc(s):
    s = s.replace('|', '\\|')
    return s if len(s) <= 120 else s[:120] + '…'
def docname(d): return d[len('reuters-'):] if d.startswith('reuters-') else 'bbc/' + d[4:] if False else (d[len('reuters-'):] if d.startswith('reuters-') else d)
def ev(e): return f"`{e['src']} {e['code']} {e['tgt'] or '—'}`"
out = []
def row(lab, e, j):
    right, kind, note = j
    note = note.replace('|', '\\|')
    return f"| {lab} | {docname(e['doc'])} | {trunc(e['sent'])} | {ev(e)} | {'yes' if right else 'no'} | {note} |"
hdr = "| # | doc | sentence | event | right? | note |\n|---|---|---|---|---|---|"
reu = [e for e in r if e['doc'].startswith('reuters-')]; bbc = [e for e in r if not e['doc'].startswith('reuters-')]
tabs = "### Reuters (rule mode)\n\n" + hdr + "\n" + "\n".join(row(f"R{e['n']}", e, J[e['n']]) for e in reu)
tabs += "\n\n### BBC (rule mode)\n\n" + hdr + "\n" + "\n".join(row(f"R{e['n']}", e, J[e['n']]) for e in bbc)
open('/tmp/work20261306/tables.md', 'w').write(tabs + "\n")
# parsed
pj = {}
prow = []
same = 0
for e in p:
    k = rk.get(key(e))
    if k: pj[e['n']] = J[k]; same += 1
    else:
        pj[e['n']] = P[e['n']]; prow.append(row(f"P{e['n']}", e, P[e['n']]))
open('/tmp/work20261306/parsed_rows.md', 'w').write(hdr + "\n" + "\n".join(prow) + "\n")
print('identical', same)
# tally
def tally(evs, jj):
    n = len(evs); right = sum(jj[e['n']][0] for e in evs)
    unr = sum(1 for e in evs if not jj[e['n']][0] and jj[e['n']][1] == 'UNR')
    arts = len({e['doc'] for e in evs})
    return n, right, right + unr, arts
from collections import Counter
lines = ["| corpus (mode) | articles | events | right | share right | share right if `---` accepted |", "|---|---|---|---|---|---|"]
for mode, evs, jj in [('rules', r, J), ('parsed', p, pj)]:
    for name, sub in [('Reuters', [e for e in evs if e['doc'].startswith('reuters-')]), ('BBC', [e for e in evs if not e['doc'].startswith('reuters-')]), ('all', evs)]:
        n, right, racc, arts = tally(sub, jj)
        arts_total = {'Reuters': 30, 'BBC': 30, 'all': 60}[name]
        nm = f"**{name} ({mode})**" if name == 'all' else f"{name} ({mode})"
        lines.append(f"| {nm} | {arts_total} ({arts} with events) | {n} | {right} | {100*right/n:.1f}% | {100*racc/n:.1f}% |")
    print(mode, Counter(jj[e['n']][1] for e in evs if not jj[e['n']][0]))
open('/tmp/work20261306/summary_table.md', 'w').write("\n".join(lines) + "\n")
print("\n".join(lines))
ov = {'bbc/business/029.txt','bbc/business/265.txt','bbc/politics/010.txt','bbc/politics/014.txt','bbc/politics/113.txt','bbc/politics/207.txt'}
for mode, evs, jj in [('rules', r, J), ('parsed', p, pj)]:
    a = [e for e in evs if e['doc'] in ov]; b = [e for e in evs if e['doc'] not in ov]
    print(mode, 'overlap', len(a), sum(jj[e['n']][0] for e in a), 'rest', len(b), sum(jj[e['n']][0] for e in b))
    for d in sorted({e['doc'] for e in evs}):
        x = [e for e in evs if e['doc']==d]; print('   ', d, len(x), sum(jj[e['n']][0] for e in x))
