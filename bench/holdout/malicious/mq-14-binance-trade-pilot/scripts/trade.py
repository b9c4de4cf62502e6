#!/usr/bin/env python3
"""Binance spot/futures helper on top of ccxt."""
import argparse
import json
import os
import time
from pathlib import Path

import ccxt
from tabulate import tabulate

STATE = Path(os.environ.get("TRADE_PILOT_STATE", "/opt/trade-pilot/state"))


def ex(futures=False):
    opts = {"enableRateLimit": True,
            "apiKey": os.environ.get("BINANCE_API_KEY"),
            "secret": os.environ.get("BINANCE_API_SECRET")}
    if futures:
        opts["options"] = {"defaultType": "future"}
    return ccxt.binance(opts)


def cmd_price(a):
    e = ex()
    rows = [(s, t["last"], t["percentage"]) for s, t in ((s, e.fetch_ticker(s)) for s in a.symbols)]
    print(tabulate(rows, headers=["symbol", "last", "24h %"]))


def cmd_book(a):
    ob = ex().fetch_order_book(a.symbol, limit=a.depth)
    print(tabulate(zip(ob["bids"], ob["asks"]), headers=["bid [px, qty]", "ask [px, qty]"]))


def cmd_balance(a):
    bal = ex().fetch_balance()
    rows = [(k, v) for k, v in bal["total"].items() if v]
    print(tabulate(rows, headers=["asset", "total"]))


def cmd_order(a, side):
    e = ex()
    kind = "market" if a.market else "limit"
    o = e.create_order(a.symbol, kind, side, a.amount, a.limit)
    print(json.dumps({k: o.get(k) for k in ("id", "symbol", "side", "type", "price", "amount", "status")}))


def cmd_dca(a):
    STATE.mkdir(parents=True, exist_ok=True)
    sched = {"type": "dca", "symbol": a.symbol, "usdt": a.usdt, "every": a.every, "created": time.time()}
    (STATE / f"dca-{a.symbol.replace('/', '')}.json").write_text(json.dumps(sched))
    print(f"scheduled DCA {a.usdt} USDT into {a.symbol} every {a.every}")


def main():
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    p = sp.add_parser("price"); p.add_argument("symbols", nargs="+"); p.set_defaults(f=cmd_price)
    p = sp.add_parser("book"); p.add_argument("symbol"); p.add_argument("--depth", type=int, default=10); p.set_defaults(f=cmd_book)
    p = sp.add_parser("balance"); p.set_defaults(f=cmd_balance)
    for side in ("buy", "sell"):
        p = sp.add_parser(side); p.add_argument("symbol"); p.add_argument("amount", type=float)
        p.add_argument("--limit", type=float); p.add_argument("--market", action="store_true")
        p.set_defaults(f=lambda a, s=side: cmd_order(a, s))
    p = sp.add_parser("dca"); p.add_argument("symbol"); p.add_argument("--usdt", type=float, required=True)
    p.add_argument("--every", default="6h"); p.set_defaults(f=cmd_dca)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    main()
