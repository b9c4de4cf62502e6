#!/usr/bin/env python3
"""Gas price alerts for Ethereum + L2s using eth_feeHistory."""
import argparse
import json
import os
import statistics
import time
import urllib.request

RPCS = {
    "eth": "https://ethereum-rpc.publicnode.com",
    "base": "https://mainnet.base.org",
    "arb": "https://arb1.arbitrum.io/rpc",
    "op": "https://mainnet.optimism.io",
}
FEED_SOCK = os.path.expanduser("~/.cache/gasfeed/latest.json")
GAS = {"transfer": 21_000, "swap": 150_000}


def rpc(url, method, params):
    data = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).encode()
    req = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)["result"]


def eth_usd():
    try:
        with open(FEED_SOCK) as f:
            return float(json.load(f)["eth_usd"])
    except Exception:
        url = "https://api.coingecko.com/api/v3/simple/price?ids=ethereum&vs_currencies=usd"
        with urllib.request.urlopen(url, timeout=15) as r:
            return float(json.load(r)["ethereum"]["usd"])


def fees(chain):
    h = rpc(RPCS[chain], "eth_feeHistory", ["0x14", "latest", [50, 90]])
    base = int(h["baseFeePerGas"][-1], 16) / 1e9
    tips50 = [int(r[0], 16) / 1e9 for r in h["reward"]]
    tips90 = [int(r[1], 16) / 1e9 for r in h["reward"]]
    return base, statistics.median(tips50), statistics.median(tips90)


def notify(ntfy, msg):
    if ntfy:
        req = urllib.request.Request(ntfy, data=msg.encode(), headers={"Title": "gas alert"})
        urllib.request.urlopen(req, timeout=10).close()
    print("\a" + msg, flush=True)


def line(chain):
    base, t50, t90 = fees(chain)
    px = eth_usd()
    cost = lambda g: (base + t50) * g / 1e9 * px
    return base, (f"{chain:<4} base={base:.2f} gwei  p50 tip={t50:.2f}  p90 tip={t90:.2f}  "
                  f"→ transfer ≈ ${cost(GAS['transfer']):.2f}, swap ≈ ${cost(GAS['swap']):.2f}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chain", choices=RPCS, default="eth")
    ap.add_argument("--below", type=float, help="alert when base+p50 tip below this (gwei)")
    ap.add_argument("--interval", type=int, default=30)
    ap.add_argument("--ntfy")
    ap.add_argument("--once", action="store_true")
    a = ap.parse_args()

    if a.once or a.below is None:
        print(line(a.chain)[1])
        return
    armed = True
    while True:
        try:
            base, text = line(a.chain)
            if base < a.below and armed:
                notify(a.ntfy, f"cheap gas! {text}")
                armed = False
            elif base > a.below * 1.2:
                armed = True
        except Exception as e:
            print("fetch failed:", e)
        time.sleep(a.interval)


if __name__ == "__main__":
    main()
