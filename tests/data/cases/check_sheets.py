#!/usr/bin/env python3
"""Recompute published benefit sheets from their own inputs, independently of the engine.

For every case file with an `expect` block (tests/data/cases/*.pension.json) whose region pack has a `rules`
section, recompute the basic, account and transitional pensions, the local items and the total with the rules,
coefficient and 计发基数 the pack selects, and compare them with the sheet's printed figures (expect) within the
case's tolerance. This checks the data (the pack and the case inputs) on their own; the engine is checked by the
engine's sheet test.

    python3 tests/data/cases/check_sheets.py [case-file-or-region-prefix ...]

Exit status 1 when a sheet does not reproduce.
"""
import json
import sys
from decimal import Decimal as D, ROUND_HALF_UP, ROUND_CEILING
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
REGIONS = ROOT / 'resources' / 'regions'
CASES = ROOT / 'tests' / 'data' / 'cases'


def q(x, places):
    return x.quantize(D(1).scaleb(-places), rounding=ROUND_HALF_UP)


def ym(s):
    y, m = s.split('-')
    return int(y) * 12 + int(m) - 1


def from_serial(s):
    return ym(s) if '-' in s else int(s) * 12


def newest(entries, month, published_by=None):
    best = None
    for entry in entries:
        if from_serial(entry['from']) > month:
            continue
        if published_by is not None and 'publishedOn' in entry and ym(entry['publishedOn']) > published_by:
            continue
        if best is None or from_serial(entry['from']) >= from_serial(best['from']):
            best = entry
    return best


def load_region(region):
    prov, _, city = region.partition('/')
    pack = json.loads((REGIONS / f'{prov}.json').read_text())
    national = json.loads((REGIONS / 'national.json').read_text())
    series = dict(pack.get('series', {}))
    rules = dict(pack.get('rules', {}))
    local = list(pack.get('localItems', []))
    if city:
        c = pack['cities'][city]
        for name, s in c.get('series', {}).items():
            merged = {e['from']: e for e in series.get(name, {}).get('values', [])}
            merged.update({e['from']: e for e in s['values']})
            series[name] = {'values': list(merged.values())}
        rules.update(c.get('rules', {}))
        local += c.get('localItems', [])
    return pack, national, series, rules, local


def rule_at(rules, key, month, default):
    if key not in rules:
        return default
    entry = newest(rules[key]['values'], month)
    if entry is None:
        return default
    return entry.get('rule', entry.get('value'))


def round_years(months, how):
    x = D(months) / 12
    if how == 'half-up-2':
        return q(x, 2)
    if how == 'half-up-4':
        return q(x, 4)
    if how == 'unrounded':
        return x
    if how == 'truncate-2':
        return x.quantize(D('0.01'), rounding='ROUND_DOWN')
    if how == 'truncate-0':
        return x.quantize(D(1), rounding='ROUND_DOWN')
    if how == 'up-1':
        return x.quantize(D('0.1'), rounding=ROUND_CEILING)
    if how == 'up-2':
        return x.quantize(D('0.01'), rounding=ROUND_CEILING)
    if how == 'up-half-year':
        return (x * 2).quantize(D(1), rounding=ROUND_CEILING) / 2
    raise ValueError(f'unknown yearsRounding {how}')


def money(x, how):
    if how == 'fen-half-up':
        return q(x, 2)
    if how == 'jiao-up':
        return q(x, 2).quantize(D('0.1'), rounding=ROUND_CEILING)
    if how == 'jiao-half-up':
        return q(x, 1)
    raise ValueError(f'unknown moneyRounding {how}')


def annuity_months(national, age_months):
    table = {e['age']: D(str(e['value'])) for e in national['series']['annuityMonthsByAge']['values']}
    age, m = divmod(age_months, 12)
    lo, hi = min(table), max(table)
    if age >= hi:
        return table[hi]
    here, nxt = table[max(age, lo)], table[min(max(age + 1, lo), hi)]
    return q(here - (here - nxt) * m / 12, 1)


def check(path):
    case = json.loads(path.read_text())
    exp = case.get('expect')
    if not exp:
        return None
    pack, national, series, rules, local_items = load_region(case['region'])
    if 'rules' not in pack:
        return None
    plan_retire = case['plan']['retire']
    retire = ym(plan_retire) if isinstance(plan_retire, str) and plan_retire[:1].isdigit() else ym(case['asOf'])
    calculated = ym(case.get('calculatedOn', case['asOf']))
    rec = case['record']
    over = case.get('overrides', {})

    if 'pensionBase' in over:
        B = D(str(over['pensionBase']))
    else:
        entry = newest(series['pensionBase']['values'], retire, calculated)
        B = D(str(entry['value']))
    if 'transitionRate' in over:
        c = D(str(over['transitionRate']))
    else:
        c = D(str(newest(series['transitionRate']['values'], retire)['value']))
    c = c / 100
    actual_months = rec['preAccountMonths'] + rec['accountMonths']
    if ('transitionRate' not in over and rule_at(rules, 'transitionRateChoice', retire, 'single') ==
            'alt-below-20-actual-years' and actual_months < 240):
        c = D(str(newest(series['transitionRateAlt']['values'], retire)['value'])) / 100
    if 'annuityMonths' in over:
        months = D(str(over['annuityMonths']))
    else:
        months = annuity_months(national, retire - ym(case['person']['birth']))

    formula = rule_at(rules, 'transitionalFormula', retire, 'indexed-wage')
    tmonths_rule = rule_at(rules, 'transitionMonths', retire, 'deemed-and-pre-account')
    years_rule = rule_at(rules, 'yearsRounding', retire, 'half-up-2')
    idx_dec = rule_at(rules, 'indexDecimals', retire, 4)
    w_rule = rule_at(rules, 'indexedWageRounding', retire, 'fen')
    money_rule = rule_at(rules, 'moneyRounding', retire, 'fen-half-up')
    basic_rule = rule_at(rules, 'basicFormula', retire, 'standard')
    B_local = B
    if basic_rule in ('two-base', 'two-base-province-indexed'):
        if 'localPensionBase' in over:
            B_local = D(str(over['localPensionBase']))
        else:
            B_local = D(str(newest(series['localPensionBase']['values'], retire, calculated)['value']))
    elif basic_rule not in ('standard', 'low-index-scaled', 'shanghai-years-months'):
        raise ValueError(f'{path.name}: unknown basicFormula {basic_rule}')

    def wage(index, base=None):
        w = (B if base is None else base) * index
        return q(w, 2) if w_rule == 'fen' else w

    # the indexed wage of the basic pension: on the local base where the province has two (Henan, Jilin); a sheet
    # that prints W and no index (新疆) gives record.indexedWage, used as printed (the sheet's own base is B here)
    if 'indexedWage' in rec:
        W = D(str(rec['indexedWage']))
        I = D(str(rec['averageIndex'])) if 'averageIndex' in rec else W / (B_local if basic_rule == 'two-base' else B)
    else:
        I = D(str(rec['averageIndex']))
        W = wage(I, B_local if basic_rule == 'two-base' else None)
    n_months = rec['deemedMonths'] + rec['preAccountMonths'] + rec['accountMonths']
    N = round_years(n_months, years_rule)
    if tmonths_rule == 'deemed-and-pre-account':
        t_months = rec['deemedMonths'] + rec['preAccountMonths']
    elif tmonths_rule == 'deemed-only':
        t_months = rec['deemedMonths']
    elif tmonths_rule == 'statement':
        t_months = rec['transitionMonths']
    else:
        raise ValueError(tmonths_rule)
    T = round_years(t_months, years_rule)

    if basic_rule == 'two-base-province-indexed':
        basic = money((B_local + W) / 2 * N / 100, money_rule)
    elif basic_rule == 'low-index-scaled':
        # 广东: below 0.6 the plain base is scaled by a = I / 0.6 to 4 decimals
        a = q(I / D('0.6'), 4) if I < D('0.6') else D(1)
        basic = money((B * a + W) / 2 * N / 100, money_rule)
    elif basic_rule == 'shanghai-years-months':
        # 上海 (沪人社规〔2021〕27号): whole years 1% each, the remaining months 0.083% each
        rate = D(n_months // 12) / 100 + D(n_months % 12) * D('0.00083')
        basic = money((B + W) / 2 * rate, money_rule)
    else:
        basic = money((B + W) / 2 * N / 100, money_rule)
    account = money(D(str(rec['accountBalance'])) / months, money_rule)
    if formula == 'indexed-wage':
        trans = money(W * T * c, money_rule)
    elif formula == 'base-wage-average':
        trans = money((B + W) / 2 * T * c, money_rule)
    elif formula == 'transition-index':
        base = B_local if basic_rule == 'two-base' else None
        trans = money(wage(D(str(rec['transitionIndex'])), base) * T * c, money_rule)
    elif formula == 'index-floor-one':
        trans = money(wage(max(I, D(1))) * T * c, money_rule)
    elif formula == 'beijing-two-part':
        t_same = round_years(rec['deemedMonths'], years_rule)
        t_98 = round_years(rec['transitionPaidMonths'], years_rule)
        trans = money(B * t_same * c, money_rule) + money(W * t_98 * c, money_rule)
    elif formula in ('guangdong-old-method', 'shenzhen-old-method'):
        # 原办法 + 缴费年限津贴 (whole years × 4) + 100; the new method only enters the 调整额 below
        whole = int(n_months // 12)
        allowance = D(4 * whole)
        if formula == 'guangdong-old-method':
            old = money(D(str(rec.get('deemedAccount', 0))) / 120, money_rule)
            d_index = D(str(rec.get('deemedIndex', rec['averageIndex'])))
            pre = rec['preAccountMonths']
            index_sum = D(str(rec['preAccountIndexSum'])) if 'preAccountIndexSum' in rec else I * pre
            new = money(B * (d_index * rec['deemedMonths'] + index_sum) / 12 * c, money_rule)
        else:
            old = money(D(str(rec.get('oldIndexedWage', 0))) * D(str(rec.get('oldMethodShare', 0))), money_rule)
            new = money(wage(D(str(rec.get('transitionIndex', rec['averageIndex'])))) * T * c, money_rule)
        trans = old + allowance + 100
    elif formula == 'shanghai-notional':
        # 上海: B × 1.0 × T × c + the 1993–1997 虚账实记 total / 120, rounded once
        trans = money(B * T * c + D(str(rec.get('notionalCredits', 0))) / 120, money_rule)
    else:
        raise ValueError(f'unknown transitionalFormula {formula}')

    # transitionalPhaseIn: the printed old-method amount plus the rate's share of (new − old), old if higher
    phase_rule = rule_at(rules, 'transitionalPhaseIn', retire, 'none')
    if phase_rule != 'none' and 'oldMethodTransitional' in rec:
        old = D(str(rec['oldMethodTransitional']))
        rate_entry = newest(series['transitionPhaseInRate']['values'], retire) if 'transitionPhaseInRate' in series else None
        rate = D(str(rate_entry['value'])) / 100 if rate_entry else D(1)
        if trans <= old:
            trans = old
        elif phase_rule == 'old-plus-share-jiao-up':
            trans = old + money((trans - old) * rate, 'jiao-up')
        elif phase_rule == 'old-plus-share':
            trans = old + money((trans - old) * rate, money_rule)
        else:
            raise ValueError(f'{path.name}: unknown transitionalPhaseIn {phase_rule}')
    # oldMethodComparison chongqing-2010 (渝人社发〔2010〕275号): the higher of the new method and
    # A2010 × 20% + K/120 + 1.4% × A2010 × Q原 × M1 + 70 × M1/M (each term to the fen, M1 and M to 4 decimals),
    # at most W; computed only with record.oldMethodIndex and pre-1996 months.
    new_total = basic + account + trans
    paid = new_total
    if rule_at(rules, 'oldMethodComparison', retire, 'none') == 'chongqing-2010':
        m1 = rec['deemedMonths'] + rec['preAccountMonths']
        if m1 > 0 and 'oldMethodIndex' in rec:
            A = D(str(pack['scalars']['oldMethodBase']['value']))
            M1, M = q(D(m1) / 12, 4), q(D(n_months) / 12, 4)
            old = (q(A * D('0.2'), 2) + q(D(str(rec['accountBalance'])) / 120, 2)
                   + q(D('0.014') * A * D(str(rec['oldMethodIndex'])) * M1, 2) + q(70 * M1 / M, 2))
            paid = max(new_total, old)
        paid = min(paid, W)

    local_in, local_all = D(0), D(0)
    for item in local_items:
        if from_serial(item['from']) > retire or ('until' in item and from_serial(item['until']) < retire):
            continue
        if item.get('onClaim') and item['id'] not in rec.get('localItemClaims', []):
            continue
        counted = rec.get('localItemMonths', {}).get(item['id'])
        if item['kind'] == 'statement':
            amount = D(str(rec.get('localItems', {}).get(item['id'], 0)))
        elif item['kind'] == 'fixed':
            amount = D(str(item['amount']))
        elif item['kind'] == 'percent-of-basic':
            amount = money(basic * D(str(item['rate'])) / 100, money_rule)
        elif item['kind'] == 'transitional-adjustment':
            rate = D(str(newest(series['transitionAdjustmentRate']['values'], retire)['value'])) / 100
            diff = new - old - allowance if formula.endswith('old-method') else D(0)
            amount = money(diff * rate, money_rule) if diff > 0 else D(0)
        elif item['kind'] == 'index-years':
            m = rec.get('localItemMonths', {}).get(item['id'])
            if m is None:
                continue  # not given: left out
            amount = money(D(str(m)) / 12 * I * D(str(item['amount'])), money_rule) + D(str(item.get('plus', 0))) if m else D(0)
        elif item['kind'] == 'base-plus-index-years':
            if 'localItems' in rec and item['id'] in rec['localItems']:
                amount = D(str(rec['localItems'][item['id']]))
            else:
                x = D(str(item['perIndexYear'])) * I * N
                x = x.quantize(D('0.01'), rounding=ROUND_CEILING) if item.get('rounding') == 'fen-up' else money(x, money_rule)
                amount = D(str(item['amount'])) + x
        elif item['kind'] == 'percent-of-indexed-wage-per-year':
            amount = money(W * N * D(str(item['rate'])) / 100, money_rule)
            if 'capRate' in item:
                raise ValueError(f'{path.name}: local item {item["id"]}: capRate is not checked here')
        elif item['kind'] == 'percent-of-pension':
            amount = money(paid * D(str(item['rate'])) / 100, money_rule)
        elif item['kind'] == 'old-method-top-up':
            amount = paid - new_total
        elif item['kind'] == 'fixed-per-year':
            amount = money(D(str(item['amount'])) * D(str(counted or 0)) / 12, money_rule)
        elif item['kind'] == 'tiered-percent-of-indexed-wage':
            years = D(str(counted if counted is not None else n_months)) / 12
            rate = D(0)
            for tier in item['tiers']:
                if years >= tier['years']:
                    rate = D(str(tier['rate']))
            amount = money(W * rate / 100, money_rule)
        elif item['kind'] == 'basic-wage-year-bands':
            # X = (plain base + W)/2; a band counts once its first whole year is complete, the part year below it
            # stays in the band beneath
            X = ((B_local if basic_rule == 'two-base-province-indexed' else B) + W) / 2
            amount = D(0)
            if actual_months >= 12 * item.get('minActualYears', 0):
                bands = item['bands']
                for i, band in enumerate(bands):
                    over_ = band['over']
                    if i + 1 < len(bands) and N >= bands[i + 1]['over'] + 1:
                        years = D(bands[i + 1]['over'] - over_)
                    elif N >= over_ + 1:
                        years = N - over_
                    else:
                        years = D(0)
                    amount += money(X * D(str(band['rate'])) / 100 * years, money_rule)
        else:
            raise ValueError(item['kind'])
        local_all += amount
        if item.get('inTotal', True):
            local_in += amount
    total = basic + account + trans + local_in
    # totalRounding: the amount added is a line of its own, counted among the local items
    total_rule = rule_at(rules, 'totalRounding', retire, 'fen')
    if total_rule != 'fen':
        step = D('0.1') if total_rule == 'jiao-up' else D('1') if total_rule == 'yuan-up' else None
        if step is None:
            raise ValueError(f'{path.name}: unknown totalRounding {total_rule}')
        rounded = (total / step).to_integral_value(rounding=ROUND_CEILING) * step
        local_in += rounded - total
        local_all += rounded - total
        total = rounded

    got = {'basic': basic, 'account': account, 'transitional': trans, 'local': local_all, 'total': total}
    tol = D(str(exp.get('tolerance', 0.01)))
    problems = []
    for key, printed in exp['monthly'].items():
        diff = got[key] - D(str(printed))
        if abs(diff) > tol:
            problems.append(f'{key} {got[key]} vs printed {printed} ({diff:+})')
    scalar = {'pensionBase': B, 'annuityMonths': months, 'contributionYears': N, 'transitionYears': T,
              'averageIndex': q(I, idx_dec if idx_dec < 5 else 4)}
    for key, value in scalar.items():
        if key in exp:
            printed = D(str(exp[key]))
            places = max(0, -printed.as_tuple().exponent)
            if abs(q(value, places) - printed) > D(0) and not (key == 'averageIndex' and q(value, 4) == q(printed, 4)):
                problems.append(f'{key} {value} vs printed {printed}')
    detail = ' '.join(f'{k}={v}' for k, v in got.items())
    return problems, f'B={B} N={N} T={T} m={months} {formula} | {detail}'


def main(argv):
    files = sorted(CASES.glob('*.pension.json'))
    if argv:
        files = [f for f in files if any(f.name.startswith(a) or str(f).endswith(a) for a in argv)]
    failed = checked = 0
    for f in files:
        result = check(f)
        if result is None:
            continue
        checked += 1
        problems, detail = result
        status = 'ok  ' if not problems else 'FAIL'
        print(f'{status} {f.name}: {detail}')
        for p in problems:
            print(f'       {p}')
        failed += bool(problems)
    print(f'{checked - failed}/{checked} sheets reproduce')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
