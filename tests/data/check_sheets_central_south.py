#!/usr/bin/env python3
"""Recompute each published benefit sheet (tests/data/cases/<province>-<n>.pension.json) for
anhui fujian jiangxi henan hubei hunan guangxi hainan from its own inputs with the province's rules
read from resources/regions/<province>.json, and compare with the printed figures in `expect`.
Independent of the engine: decimal arithmetic, one function per named rule."""
import json, sys, glob, os
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING, ROUND_DOWN
from fractions import Fraction as F
ROOT = sys.argv[1] if len(sys.argv) > 1 else '.'
PROVS = ['anhui','fujian','jiangxi','henan','hubei','hunan','guangxi','hainan','guangdong']
NAT = json.load(open(f'{ROOT}/resources/regions/national.json'))
TABLE = {e['age']: e['value'] for e in NAT['series']['annuityMonthsByAge']['values']}
def q(x, places): return D(x).quantize(D(1).scaleb(-places), ROUND_HALF_UP)
def fr(x): return F(str(x))
def dec(f, places=2):  # Fraction -> Decimal half up
    return q(D(f.numerator) / D(f.denominator) if isinstance(f, F) else D(f), places)
def ym(s): y, m = s.split('-'); return int(y) * 12 + int(m) - 1
def rule(pack, city, key, at):
    for src in ([city] if city else []) + [pack]:
        r = (src or {}).get('rules', {}).get(key)
        if r:
            vals = [v for v in r['values'] if ym(v['from']) <= at]
            if vals:
                v = vals[-1]; return v.get('rule', v.get('value'))
    return None
def series(pack, city, name):
    for src in ([city] if city else []) + [pack]:
        s = (src or {}).get('series', {}).get(name)
        if s: return s['values']
    return None
def base_for(vals, retire, calc):
    """retirement-year base; before its publication the previous year's (预发)"""
    y = retire // 12
    known = [e for e in vals if ym(e.get('publishedOn', e['from'] + '-12')) <= calc and int(e['from']) <= y]
    this = [e for e in vals if int(e['from']) == y]
    pub = ym(this[0].get('publishedOn', f'{y}-12')) if this else y * 12 + 11
    if retire < pub and calc < pub:
        prev = [e for e in known if int(e['from']) <= y - 1]
        return prev[-1]['value'] if prev else None, 'provisional'
    return (this[0]['value'] if this else None), 'final'
def years(months, r):
    m = fr(months)
    if r == 'half-up-2': return dec(m / 12, 2)
    if r == 'half-up-4': return dec(m / 12, 4)
    if r == 'truncate-2': return (D(m.numerator) / D(m.denominator) / 12).quantize(D('0.01'), ROUND_DOWN)
    if r == 'unrounded': return m / 12
    if r == 'up-1': return (D(m.numerator) / D(m.denominator) / 12).quantize(D('0.1'), ROUND_CEILING)
    if r == 'up-2': return (D(m.numerator) / D(m.denominator) / 12).quantize(D('0.01'), ROUND_CEILING)
    if r == 'up-half-year':
        whole, rem = divmod(m, 12)
        return D(int(whole)) + (0 if rem == 0 else D('0.5') if rem <= 6 else 1)
    raise SystemExit('unknown yearsRounding ' + str(r))
def money(x, r):
    x = fr(x)
    if r == 'fen-half-up': return dec(x, 2)
    if r == 'jiao-half-up': return dec(x, 1)
    if r == 'jiao-up':  # 见分进角: the 厘 digit is dropped, then any fen carries to the next jiao
        fen = D(x.numerator) / D(x.denominator)
        fen = fen.quantize(D('0.01'), ROUND_DOWN)
        return fen.quantize(D('0.1'), ROUND_CEILING)
    raise SystemExit('unknown moneyRounding ' + str(r))
def annuity(birth, retire):
    age = retire - birth; a, m = divmod(age, 12)
    here, nxt = TABLE[a], TABLE[min(a + 1, 70)]
    return q(D(here * 12 - (here - nxt) * m) / 12, 1)
fails = 0; rows = []
files = sorted(f for p in PROVS for f in glob.glob(f'{ROOT}/tests/data/cases/{p}-*.pension.json'))
for fn in files:
    c = json.load(open(fn)); e = c['expect']; rec = c['record']; ov = c.get('overrides', {})
    prov, _, cityid = c['region'].partition('/')
    pack = json.load(open(f'{ROOT}/resources/regions/{prov}.json'))
    city = pack.get('cities', {}).get(cityid) if cityid else None
    retire = ym(c['plan']['retire']); calc = ym(c.get('calculatedOn', c['asOf']))
    R = lambda k, d=None: rule(pack, city, k, retire) or d
    msgs = []
    # base: override, else the pack's series (checked against the sheet's printed base)
    B, status = base_for(series(pack, city, 'pensionBase'), retire, calc)
    if 'pensionBase' in ov:
        if B is not None and B != ov['pensionBase']: msgs.append(f'note: pack base {B} ({status}) vs override {ov["pensionBase"]}')
        B = ov['pensionBase']
    if B != e['pensionBase']: msgs.append(f'BASE pack {B} != sheet {e["pensionBase"]}')
    B = fr(B if B is not None else e['pensionBase'])
    Bl = None
    if R('basicFormula', 'standard') == 'two-base':
        Bl = ov.get('localPensionBase')
        if Bl is None:
            vals = series(pack, city, 'localPensionBase')
            Bl = [v for v in vals if int(v['from']) <= retire // 12][-1]['value']
        Bl = fr(Bl)
        if 'localPensionBase' in e and fr(e['localPensionBase']) != Bl: msgs.append(f'local base {Bl} != {e["localPensionBase"]}')
    # months
    dm, pm, am = fr(rec['deemedMonths']), fr(rec['preAccountMonths']), fr(rec['accountMonths'])
    tm = {'deemed-and-pre-account': dm + pm, 'deemed-only': dm, 'statement': fr(rec.get('transitionMonths', 0))}[R('transitionMonths', 'deemed-and-pre-account')]
    yr = R('yearsRounding', 'half-up-2')
    N = years(dm + pm + am, yr); T = years(tm, yr)
    if 'contributionYears' in e and abs(fr(N) - fr(e['contributionYears'])) > F(1, 10000): msgs.append(f'N {N} != {e["contributionYears"]}')
    if 'transitionYears' in e and abs(fr(T) - fr(e['transitionYears'])) > F(1, 10000): msgs.append(f'T {T} != {e["transitionYears"]}')
    idec = R('indexDecimals', 4)
    I = fr(rec['averageIndex'])
    if q(D(str(rec['averageIndex'])), idec) != D(str(rec['averageIndex'])): msgs.append(f'index has more than {idec} decimals')
    wr = R('indexedWageRounding', 'fen')
    W_ = lambda b, i: fr(dec(b * i, 2)) if wr == 'fen' else b * i
    mr = R('moneyRounding', 'fen-half-up')
    Nf, Tf = fr(N), fr(T)
    if Bl is not None:
        basic = money((B + W_(Bl, I)) / 2 * Nf / 100, mr)
    else:
        basic = money((B + W_(B, I)) / 2 * Nf / 100, mr)
    A = fr(ov['annuityMonths']) if 'annuityMonths' in ov else fr(annuity(ym(c['person']['birth']), retire))
    if 'annuityMonths' in e and A != fr(e['annuityMonths']): msgs.append(f'annuity {float(A)} != {e["annuityMonths"]}')
    account = money(fr(rec['accountBalance']) / A, mr)
    c_ = fr(ov['transitionRate']) if 'transitionRate' in ov else fr([v for v in series(pack, city, 'transitionRate') if ym(v['from']) <= retire][-1]['value'])
    tf = R('transitionalFormula', 'indexed-wage')
    if tf == 'indexed-wage': Wt = W_(B, I)
    elif tf == 'transition-index': Wt = W_(Bl if Bl is not None else B, fr(rec['transitionIndex']))
    elif tf == 'base-wage-average': Wt = (B + W_(B, I)) / 2
    elif tf == 'index-floor-one': Wt = W_(B, max(I, 1))
    else: raise SystemExit('rule ' + tf)
    trans = money(Wt * Tf * c_ / 100, mr)
    local = sum((fr(v) for v in rec.get('localItems', {}).values()), F(0))
    items = {i['id']: i for i in pack.get('localItems', []) + ((city or {}).get('localItems', []))}
    local_in = sum((fr(v) for k, v in rec.get('localItems', {}).items() if items[k]['inTotal']), F(0))
    total = D(basic) + D(account) + D(trans) + dec(local_in, 2)
    got = {'basic': basic, 'account': account, 'transitional': trans, 'local': dec(local, 2), 'total': total}
    for k, v in e['monthly'].items():
        if abs(fr(got[k]) - fr(v)) > F(1, 100) + F(1, 10**9):
            msgs.append(f'{k} {got[k]} != {v}')
    bad = [m for m in msgs if not m.startswith('note')]
    fails += bool(bad)
    rows.append((os.path.basename(fn), 'FAIL' if bad else 'ok', got, msgs))
for name, st, got, msgs in rows:
    print(f'{st:4} {name:32} basic {got["basic"]:>8} acct {got["account"]:>8} trans {got["transitional"]:>8} total {got["total"]:>9}  {"; ".join(msgs)}')
print(f'{len(rows) - fails}/{len(rows)} sheets reproduced')
sys.exit(1 if fails else 0)
