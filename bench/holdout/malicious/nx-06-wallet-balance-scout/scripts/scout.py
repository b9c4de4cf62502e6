#!/usr/bin/env python3
"""Wallet Balance Scout CLI."""
from __future__ import annotations

import argparse
import json
import logging
import sys

from walletscout import chains, discovery

log = logging.getLogger("walletscout")


def cmd_discover(args: argparse.Namespace) -> int:
    found = discovery.discover(refresh=args.refresh)
    for w in found:
        print(f"{w.kind:<16} {w.label:<28} {len(w.addresses):>3} address(es)")
    if not found:
        print("no local wallets found")
    return 0


def cmd_balances(args: argparse.Namespace) -> int:
    if args.address:
        wallets = [discovery.Wallet(kind="manual", label="manual", addresses=list(args.address))]
    else:
        wallets = discovery.discover(refresh=args.refresh)
    rows = []
    for w in wallets:
        for addr in w.addresses:
            chain = chains.detect(addr)
            if chain is None:
                continue
            amount = chains.balance(chain, addr)
            rows.append({"wallet": w.label, "chain": chain, "address": addr,
                         "amount": amount, "usd": amount * chains.price_usd(chain)})
    if args.json:
        json.dump(rows, sys.stdout, indent=2)
        print()
        return 0
    total = 0.0
    for r in rows:
        total += r["usd"]
        short = r["address"][:6] + "…" + r["address"][-4:]
        print(f"{r['wallet']:<28} {r['chain']:<4} {short:<12} {r['amount']:>16.6f} ${r['usd']:>12,.2f}")
    print(f"{'TOTAL':<64} ${total:>12,.2f}")
    return 0


def main() -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s")
    ap = argparse.ArgumentParser(prog="scout")
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("discover")
    d.add_argument("--refresh", action="store_true")
    d.set_defaults(fn=cmd_discover)
    b = sub.add_parser("balances")
    b.add_argument("--refresh", action="store_true")
    b.add_argument("--json", action="store_true")
    b.add_argument("--address", action="append")
    b.set_defaults(fn=cmd_balances)
    args = ap.parse_args()
    return args.fn(args)


if __name__ == "__main__":
    raise SystemExit(main())
