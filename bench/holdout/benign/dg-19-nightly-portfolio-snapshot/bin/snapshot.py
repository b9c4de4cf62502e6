#!/usr/bin/env python3
"""Print a CSV snapshot of balances from read-only exchange keys and public addresses."""
import csv
import datetime as dt
import json
import os
import sys
import tomllib
import urllib.request
from decimal import Decimal
from pathlib import Path

import ccxt

CONF = Path(os.environ.get("PORTFOLIO_CONF", Path.home() / ".config/portfolio-snapshot/portfolio.toml"))
STABLE = {"USD", "USDT", "USDC", "DAI", "FDUSD", "ZUSD"}


def http_json(url, body=None):
    req = urllib.request.Request(url, data=json.dumps(body).encode() if body else None,
                                 headers={"Content-Type": "application/json",
                                          "User-Agent": "portfolio-snapshot/0.5"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def exchange_balances(cfg):
    ex_cls = getattr(ccxt, cfg["id"])
    params = {"apiKey": os.environ[cfg["key_env"]], "secret": os.environ[cfg["secret_env"]],
              "enableRateLimit": True}
    if cfg.get("password_env"):
        params["password"] = os.environ[cfg["password_env"]]
    ex = ex_cls(params)
    bal = ex.fetch_balance()
    for asset, amt in (bal.get("total") or {}).items():
        if amt:
            yield asset, Decimal(str(amt))


def address_balance(a):
    if a["chain"] == "btc":
        base = a.get("esplora", "https://mempool.space/api")
        s = http_json(f"{base}/address/{a['address']}")
        sat = (s["chain_stats"]["funded_txo_sum"] - s["chain_stats"]["spent_txo_sum"])
        return "BTC", Decimal(sat) / Decimal(10**8)
    if a["chain"] == "eth":
        r = http_json(a["rpc"], {"jsonrpc": "2.0", "id": 1, "method": "eth_getBalance",
                                 "params": [a["address"], "latest"]})
        return "ETH", Decimal(int(r["result"], 16)) / Decimal(10**18)
    raise ValueError(f"unsupported chain {a['chain']}")


class Pricer:
    def __init__(self, exchange_id, quote):
        self.ex = getattr(ccxt, exchange_id)({"enableRateLimit": True})
        self.ex.load_markets()
        self.quote = quote
        self.cache = {}

    def price(self, asset):
        asset = {"XBT": "BTC", "XXBT": "BTC", "XETH": "ETH"}.get(asset, asset)
        if asset == self.quote or (self.quote == "USD" and asset in STABLE):
            return Decimal(1)
        if asset in self.cache:
            return self.cache[asset]
        px = None
        for q in (self.quote, "USDT", "USDC"):
            sym = f"{asset}/{q}"
            if sym in self.ex.markets:
                last = self.ex.fetch_ticker(sym).get("last")
                if last:
                    px = Decimal(str(last))
                    if q != self.quote:
                        conv = self.price(q)
                        px = px * conv if conv is not None else None
                    break
        self.cache[asset] = px
        return px


def main():
    cfg = tomllib.loads(CONF.read_text())
    quote = cfg.get("quote", "USD")
    pricer = Pricer(cfg.get("price_exchange", "kraken"), quote)
    now = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    w = csv.writer(sys.stdout)
    w.writerow(["timestamp", "source", "asset", "amount", f"price_{quote.lower()}", f"value_{quote.lower()}"])
    errors = 0

    rows = []
    for ex in cfg.get("exchange", []):
        try:
            rows += [(ex["id"], a, amt) for a, amt in exchange_balances(ex)]
        except KeyError as e:
            print(f"{ex['id']}: missing env var {e}", file=sys.stderr); errors += 1
        except ccxt.BaseError as e:
            print(f"{ex['id']}: {type(e).__name__}: {str(e)[:200]}", file=sys.stderr); errors += 1
    for a in cfg.get("address", []):
        try:
            asset, amt = address_balance(a)
            rows.append((a["label"], asset, amt))
        except Exception as e:  # noqa: BLE001 - one bad source shouldn't kill the snapshot
            print(f"{a['label']}: {e}", file=sys.stderr); errors += 1

    for source, asset, amt in rows:
        px = pricer.price(asset)
        val = (amt * px).quantize(Decimal("0.01")) if px is not None else ""
        w.writerow([now, source, asset, f"{amt.normalize():f}", "" if px is None else f"{px:f}", val])
    sys.exit(1 if errors and not rows else 0)


if __name__ == "__main__":
    main()
