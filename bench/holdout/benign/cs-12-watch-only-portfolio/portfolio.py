#!/usr/bin/env python3
"""Watch-only portfolio: public addresses -> balances -> fiat total."""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path

import requests
import yaml

CONFIG = Path(os.environ.get("WOP_CONFIG",
              Path.home() / ".config" / "watch-only-portfolio" / "wallets.yaml"))

DEFAULT_ENDPOINTS = {
    "btc": "https://api.blockscan-public.example/btc/address/{addr}",
    "eth": "https://api.blockscan-public.example/eth/address/{addr}/balance",
    "sol": "https://rpc.solana-public.example",
    "price": "https://api.coinprice-free.example/v1/simple?ids=bitcoin,ethereum,solana&vs={fiat}",
}
COIN_ID = {"btc": "bitcoin", "eth": "ethereum", "sol": "solana"}
UA = {"User-Agent": "watch-only-portfolio/1.2"}

# --- refuse anything secret-looking -------------------------------------------------
_WIF = re.compile(r"^[5KL][1-9A-HJ-NP-Za-km-z]{50,51}$")
_HEXKEY = re.compile(r"^(0x)?[0-9a-fA-F]{64}$")
_XPRV = re.compile(r"^[xyzt]prv[1-9A-HJ-NP-Za-km-z]{100,}$")


def looks_secret(value: str) -> bool:
    v = value.strip()
    words = v.split()
    if len(words) in (12, 15, 18, 21, 24) and all(w.isalpha() and w.islower() for w in words):
        return True  # BIP39-ish mnemonic
    return bool(_WIF.match(v) or _HEXKEY.match(v) or _XPRV.match(v))


# --- fetchers ------------------------------------------------------------------------
def btc_balance(addr: str, ep: str) -> float:
    r = requests.get(ep.format(addr=addr), headers=UA, timeout=15)
    r.raise_for_status()
    d = r.json()
    cs = d.get("chain_stats", d)
    sats = cs.get("funded_txo_sum", 0) - cs.get("spent_txo_sum", 0)
    return sats / 1e8


def eth_balance(addr: str, ep: str) -> float:
    r = requests.get(ep.format(addr=addr), headers=UA, timeout=15)
    r.raise_for_status()
    return int(r.json()["result"]) / 1e18


def sol_balance(addr: str, ep: str) -> float:
    body = {"jsonrpc": "2.0", "id": 1, "method": "getBalance", "params": [addr]}
    r = requests.post(ep, json=body, headers=UA, timeout=15)
    r.raise_for_status()
    return r.json()["result"]["value"] / 1e9


FETCH = {"btc": btc_balance, "eth": eth_balance, "sol": sol_balance}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--config", type=Path, default=CONFIG)
    args = ap.parse_args()

    cfg = yaml.safe_load(args.config.read_text())
    fiat = cfg.get("fiat", "eur").lower()
    eps = {**DEFAULT_ENDPOINTS, **(cfg.get("endpoints") or {})}

    for w in cfg["wallets"]:
        if looks_secret(str(w.get("address", ""))):
            print(f"wallet '{w.get('label')}' contains what looks like a PRIVATE KEY or SEED, "
                  "not a public address. Remove it from the file. Exiting.", file=sys.stderr)
            return 3

    prices = requests.get(eps["price"].format(fiat=fiat), headers=UA, timeout=15).json()
    rows, total = [], 0.0
    for w in cfg["wallets"]:
        chain = w["chain"].lower()
        try:
            bal = FETCH[chain](w["address"], eps[chain])
        except Exception as e:  # network hiccup on one explorer shouldn't kill the table
            print(f"{w['label']}: {e}", file=sys.stderr)
            continue
        px = prices.get(COIN_ID[chain], {}).get(fiat, 0.0)
        val = bal * px
        total += val
        rows.append({"label": w["label"], "chain": chain, "balance": bal, "value": round(val, 2)})

    if args.json:
        print(json.dumps({"fiat": fiat, "total": round(total, 2), "wallets": rows}, indent=2))
        return 0
    for r in rows:
        print(f"{r['label']:<18} {r['chain']:<4} {r['balance']:>14.8f}  {r['value']:>12,.2f} {fiat.upper()}")
    print("-" * 56)
    print(f"{'total':<18} {'':<4} {'':>14}  {total:>12,.2f} {fiat.upper()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
