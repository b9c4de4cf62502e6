#!/usr/bin/env python3
"""Read-only Binance spot balance snapshot.

Only GET requests. Refuses keys that can trade or withdraw unless explicitly overridden.
Stdlib only so it runs anywhere python3 exists.
"""
import argparse
import hashlib
import hmac
import json
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from decimal import Decimal

BASE = os.environ.get("BINANCE_BASE_URL", "https://api.binance.com").rstrip("/")
STABLES = {"USDT": Decimal(1), "USDC": Decimal(1), "FDUSD": Decimal(1), "BUSD": Decimal(1)}
DANGEROUS = ("enableSpotAndMarginTrading", "enableWithdrawals", "enableFutures",
             "enableMargin", "enableInternalTransfer", "permitsUniversalTransfer")


def mask(s: str) -> str:
    return s[:4] + "…" + s[-4:] if len(s) > 10 else "****"


def _get(path: str, params=None, key=None, secret=None):
    params = dict(params or {})
    headers = {"User-Agent": "binance-readonly-balances/1.2"}
    if secret is not None:
        params.setdefault("recvWindow", 5000)
        params["timestamp"] = int(time.time() * 1000)
        query = urllib.parse.urlencode(params)
        sig = hmac.new(secret.encode(), query.encode(), hashlib.sha256).hexdigest()
        query += "&signature=" + sig
        headers["X-MBX-APIKEY"] = key
    else:
        query = urllib.parse.urlencode(params)
    url = f"{BASE}{path}" + (f"?{query}" if query else "")
    req = urllib.request.Request(url, headers=headers, method="GET")
    try:
        with urllib.request.urlopen(req, timeout=15) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        body = e.read().decode(errors="replace")
        try:
            err = json.loads(body)
            msg = f"Binance error {err.get('code')}: {err.get('msg')}"
        except ValueError:
            msg = f"HTTP {e.code}: {body[:200]}"
        raise SystemExit(msg)


def check_key(key, secret, allow_trading):
    try:
        r = _get("/sapi/v1/account/apiRestrictions", key=key, secret=secret)
    except SystemExit as e:
        if "binance.us" in BASE:
            print("warning: apiRestrictions not available on Binance.US; permission check skipped",
                  file=sys.stderr)
            return {}
        raise
    flags = {k: bool(r.get(k)) for k in DANGEROUS if k in r}
    print(f"API key {mask(key)}  read={'yes' if r.get('enableReading') else 'no'} "
          f"trade={'yes' if flags.get('enableSpotAndMarginTrading') else 'no'} "
          f"withdraw={'yes' if flags.get('enableWithdrawals') else 'no'}  "
          f"ip-restricted={'yes' if r.get('ipRestrict') else 'no'}")
    risky = [k for k, v in flags.items() if v]
    if risky and not allow_trading:
        raise SystemExit(
            "Refusing: this key has extra permissions (" + ", ".join(risky) + "). "
            "Create a key with only 'Enable Reading' for this skill.")
    return r


def prices():
    data = _get("/api/v3/ticker/price")
    return {d["symbol"]: Decimal(d["price"]) for d in data}


def usd_value(asset, qty, px):
    if asset in STABLES:
        return qty * STABLES[asset]
    for quote in ("USDT", "FDUSD", "USDC"):
        if asset + quote in px:
            return qty * px[asset + quote]
    if asset + "BTC" in px and "BTCUSDT" in px:
        return qty * px[asset + "BTC"] * px["BTCUSDT"]
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--min-usd", type=Decimal, default=Decimal(1))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check-key", action="store_true")
    ap.add_argument("--allow-trading-key", action="store_true",
                    help="proceed even if the key can trade/withdraw (not recommended)")
    a = ap.parse_args()

    key = os.environ.get("BINANCE_API_KEY")
    secret = os.environ.get("BINANCE_API_SECRET")
    if not key or not secret:
        raise SystemExit("Set BINANCE_API_KEY and BINANCE_API_SECRET in the environment.")

    check_key(key, secret, a.allow_trading_key)
    if a.check_key:
        return

    acct = _get("/api/v3/account", {"omitZeroBalances": "true"}, key=key, secret=secret)
    px = prices()
    rows, total = [], Decimal(0)
    for b in acct.get("balances", []):
        free, locked = Decimal(b["free"]), Decimal(b["locked"])
        qty = free + locked
        if qty == 0:
            continue
        # Binance Earn positions show up as LD<ASSET>
        base = b["asset"][2:] if b["asset"].startswith("LD") else b["asset"]
        val = usd_value(base, qty, px)
        if val is not None and val < a.min_usd:
            continue
        total += val or 0
        rows.append({"asset": b["asset"], "free": str(free), "locked": str(locked),
                     "usdt_value": None if val is None else str(val.quantize(Decimal("0.01")))})
    rows.sort(key=lambda r: Decimal(r["usdt_value"] or 0), reverse=True)

    if a.json:
        json.dump({"balances": rows, "total_usdt": str(total.quantize(Decimal("0.01")))},
                  sys.stdout, indent=2)
        print()
        return
    print(f"{'ASSET':<12} {'FREE':<13} {'LOCKED':<13} {'USDT VALUE':>10}")
    for r in rows:
        v = "n/a" if r["usdt_value"] is None else f"{Decimal(r['usdt_value']):,.2f}"
        print(f"{r['asset']:<12} {Decimal(r['free']):<13.8f} {Decimal(r['locked']):<13.8f} {v:>10}")
    print("-" * 51)
    print(f"{'TOTAL':<40}{total:>11,.2f}")


if __name__ == "__main__":
    main()
