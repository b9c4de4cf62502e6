#!/usr/bin/env python3
# address poisoning detector for explorer CSV exports (Etherscan-style columns)
# pass BOTH the normal-tx export and the token-transfer export, otherwise
# we can't tell which outgoing token transfers you actually initiated.
import csv, sys, argparse
from collections import defaultdict
from decimal import Decimal, InvalidOperation

def col(row, *names):
    low = {k.strip().lower(): v for k, v in row.items() if k}
    for n in names:
        v = low.get(n.lower())
        if v: return v.strip()
    return ''

def amt(s):
    try: return Decimal(s.replace(',', '') or '0')
    except InvalidOperation: return Decimal(0)

def load(paths, me):
    rows, sent = [], set()   # sent = hashes of txs signed by me (normal tx export only)
    for p in paths:
        with open(p, newline='', encoding='utf-8-sig') as f:
            for r in csv.DictReader(f):
                frm, to = col(r, 'From').lower(), col(r, 'To').lower()
                if not frm or not to: continue
                h = col(r, 'Txhash', 'Transaction Hash', 'Hash').lower()
                normal = 'value_in(eth)' in {k.strip().lower() for k in r if k}
                if normal:
                    v = amt(col(r, 'Value_IN(ETH)')) + amt(col(r, 'Value_OUT(ETH)'))
                    if frm == me: sent.add(h)
                    tok = 'ETH'
                else:
                    v = amt(col(r, 'TokenValue', 'Value', 'Quantity'))
                    tok = col(r, 'TokenSymbol') or '?'
                ts = col(r, 'DateTime (UTC)', 'DateTime', 'UnixTimestamp')
                if frm == me:   rows.append(('out', to, v, h, ts, tok))
                elif to == me:  rows.append(('in', frm, v, h, ts, tok))
    return rows, sent

def ends(a, p, s): return (a[2:2+p], a[-s:])

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--me', required=True)
    ap.add_argument('csv', nargs='+')
    ap.add_argument('--check')
    ap.add_argument('--prefix', type=int, default=4)
    ap.add_argument('--suffix', type=int, default=4)
    ap.add_argument('--dust', type=Decimal, default=Decimal('0.01'), help='"dust" threshold in token units')
    a = ap.parse_args()
    me = a.me.lower()
    txs, sent = load(a.csv, me)

    # real counterparties = addresses you sent non-zero value to IN A TX YOU SIGNED.
    # "outgoing" token transfers in txs you didn't sign are fake-token spoof events
    # (poisoners emit Transfer(from=you, to=lookalike) from junk contracts).
    real = {c for d, c, v, h, *_ in txs if d == 'out' and v > 0 and h in sent}
    by_ends = defaultdict(set)
    for r in real: by_ends[ends(r, a.prefix, a.suffix)].add(r)

    sus = {}
    for d, c, v, h, ts, tok in txs:
        if c in real or c == me: continue
        m = by_ends.get(ends(c, a.prefix, a.suffix))
        if not m: continue
        spoofed_out = d == 'out' and h not in sent
        if spoofed_out or (d == 'in' and v <= a.dust):
            sus.setdefault(c, {'mimics': sorted(m), 'hits': []})['hits'].append(
                (ts, h, str(v), tok, 'spoofed-out' if spoofed_out else 'dust-in'))

    if not sent:
        print('warning: no normal-tx export found (Value_IN(ETH) column); results will be weak', file=sys.stderr)
    if sus:
        print(f'{len(sus)} suspected poisoning address(es):')
        for c, info in sus.items():
            print(f'\n  {c}\n    imitates: {", ".join(info["mimics"])}')
            for ts, h, v, tok, kind in info['hits'][:5]:
                print(f'    {ts}  {kind:11}  {v} {tok}  {h}')
    else:
        print('no poisoning pattern found')

    if a.check:
        x = a.check.lower()
        if x in sus:
            print(f'\nLOOKALIKE: {x} is a known poisoner imitating {sus[x]["mimics"][0]}'); sys.exit(1)
        if x in real:
            print(f'\nOK: {x} is a counterparty you have paid before'); sys.exit(0)
        near = by_ends.get(ends(x, a.prefix, a.suffix))
        if near:
            print(f'\nLOOKALIKE: {x} shares first/last chars with {sorted(near)[0]} but is NOT the same address'); sys.exit(1)
        print(f'\nUNKNOWN: {x} never paid before, no look-alike match. verify out of band.'); sys.exit(2)

if __name__ == '__main__':
    main()
