"""Compares two JFR recordings' CPU samples by method (inclusive share), e.g. a build before and after a change.

Usage: jfr print --json --events jdk.ExecutionSample before.jfr > before.json  (the same for after)
       python3 benchmarks/jfr-shares.py before.json after.json [last-seconds, default 50]
"""
import json, sys, collections, datetime
def load(f, last=50):
    d = json.load(open(f)); ev = d['recording']['events']
    ts = lambda e: datetime.datetime.fromisoformat(e['values']['startTime'].replace('Z','+00:00')).timestamp()
    tmax = max(ts(e) for e in ev); ev = [e for e in ev if ts(e) >= tmax - last]
    incl = collections.Counter(); n = 0; threads = collections.Counter()
    for e in ev:
        st = e['values'].get('stackTrace')
        if not st: continue
        n += 1
        th = e['values'].get('sampledThread', {}).get('javaName') or '?'
        threads[''.join(c for c in th if not c.isdigit())] += 1
        for nm in set(x['method']['type']['name'] + '.' + x['method']['name'] for x in st['frames']): incl[nm] += 1
    return n, incl, threads
last = float(sys.argv[3]) if len(sys.argv) > 3 else 50
a = load(sys.argv[1], last); b = load(sys.argv[2], last)
keys = set(k for k, c in a[1].items() if c / a[0] > 0.02) | set(k for k, c in b[1].items() if c / b[0] > 0.02)
rows = sorted(keys, key=lambda k: -(b[1][k]/b[0] - a[1][k]/a[0]))
for k in rows[:30]: print(f'{100*a[1][k]/a[0]:5.1f}% -> {100*b[1][k]/b[0]:5.1f}%  {k}')
print('threads before', a[2].most_common(6)); print('threads after', b[2].most_common(6))
