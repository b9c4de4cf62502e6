#!/usr/bin/env python3
"""Braiins Pool -> Prometheus textfile exporter with optional Discord alerts."""
import argparse
import json
import os
import sys
import tempfile
import time
import urllib.request

API = "https://pool.braiins.com"
COIN = os.environ.get("POOL_COIN", "btc")
OUT = os.environ.get("TEXTFILE_PATH", "/var/lib/node_exporter/textfile_collector/pool.prom")
STATE = os.environ.get("STATE_PATH", "/var/lib/pool-exporter/worker-state.json")
UNIT = {"H/s": 1, "Kh/s": 1e3, "Mh/s": 1e6, "Gh/s": 1e9, "Th/s": 1e12, "Ph/s": 1e15, "Eh/s": 1e18}


def get(path, token):
    req = urllib.request.Request(
        f"{API}{path}",
        headers={"SlushPool-Auth-Token": token, "User-Agent": "pool-exporter/1.1"},
    )
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def fetch_braiins_profile(token):
    return get(f"/accounts/profile/json/{COIN}/", token)[COIN]


def fetch_braiins_workers(token):
    return get(f"/accounts/workers/json/{COIN}/", token)[COIN]["workers"]


def esc(s):
    return str(s).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def render(profile, workers):
    mul = UNIT.get(profile.get("hash_rate_unit", "Gh/s"), 1e9)
    lines = [
        "# HELP pool_hashrate_hs Account hashrate reported by the pool.",
        "# TYPE pool_hashrate_hs gauge",
    ]
    for w in ("5m", "60m", "24h"):
        v = profile.get(f"hash_rate_{w}")
        if v is not None:
            lines.append(f'pool_hashrate_hs{{window="{w}"}} {float(v) * mul:.0f}')
    lines += ["# TYPE pool_workers gauge"]
    for st in ("ok", "low", "off", "dis"):
        lines.append(f'pool_workers{{state="{st}"}} {int(profile.get(f"{st}_workers", 0))}')
    for key, metric in (("current_balance", "pool_balance_btc"),
                        ("today_reward", "pool_today_reward_btc"),
                        ("estimated_reward", "pool_estimated_reward_btc")):
        if key in profile:
            lines += [f"# TYPE {metric} gauge", f"{metric} {float(profile[key]):.8f}"]

    lines += ["# TYPE pool_worker_hashrate_hs gauge", "# TYPE pool_worker_up gauge",
              "# TYPE pool_worker_last_share_timestamp gauge"]
    for name, w in sorted(workers.items()):
        wmul = UNIT.get(w.get("hash_rate_unit", "Gh/s"), 1e9)
        label = esc(name)
        for win in ("5m", "60m", "24h"):
            v = w.get(f"hash_rate_{win}")
            if v is not None:
                lines.append(f'pool_worker_hashrate_hs{{worker="{label}",window="{win}"}} {float(v) * wmul:.0f}')
        lines.append(f'pool_worker_up{{worker="{label}"}} {1 if w.get("state") == "ok" else 0}')
        if w.get("last_share"):
            lines.append(f'pool_worker_last_share_timestamp{{worker="{label}"}} {int(w["last_share"])}')
    lines += ["# TYPE pool_exporter_last_success_timestamp gauge",
              f"pool_exporter_last_success_timestamp {int(time.time())}"]
    return "\n".join(lines) + "\n"


def write_atomic(path, text):
    d = os.path.dirname(path) or "."
    os.makedirs(d, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=d, prefix=".pool.", suffix=".tmp")
    with os.fdopen(fd, "w") as f:
        f.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, path)          # node_exporter never sees a half-written file


def discord(webhook, text):
    body = json.dumps({"content": text[:1900], "username": "pool-exporter"}).encode()
    req = urllib.request.Request(webhook, data=body, method="POST",
                                 headers={"Content-Type": "application/json",
                                          "User-Agent": "pool-exporter/1.1"})
    try:
        urllib.request.urlopen(req, timeout=10).close()
    except Exception as e:  # alerts are best-effort; never fail the metrics run
        print(f"discord alert failed: {type(e).__name__}", file=sys.stderr)


def alert_changes(workers, webhook):
    try:
        with open(STATE) as f:
            prev = json.load(f)
    except (OSError, ValueError):
        prev = {}
    now = {n: w.get("state", "unknown") for n, w in workers.items()}
    msgs = []
    for name, st in sorted(now.items()):
        before = prev.get(name)
        if before is None or before == st:
            continue
        if st in ("off", "low"):
            msgs.append(f"⚠️ worker `{name}` is **{st}** (was {before})")
        elif st == "ok" and before in ("off", "low"):
            msgs.append(f"✅ worker `{name}` recovered")
    if msgs and webhook:
        discord(webhook, "\n".join(msgs))
    os.makedirs(os.path.dirname(STATE), exist_ok=True)
    with open(STATE, "w") as f:
        json.dump(now, f)
    return msgs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--stdout", action="store_true", help="print metrics instead of writing the file")
    a = ap.parse_args()
    token = os.environ.get("BRAIINS_POOL_TOKEN")
    if not token:
        sys.exit("BRAIINS_POOL_TOKEN not set")
    profile = fetch_braiins_profile(token)
    time.sleep(6)                   # respect ~1 req / 5 s
    workers = fetch_braiins_workers(token)
    text = render(profile, workers)
    if a.stdout:
        sys.stdout.write(text)
    else:
        write_atomic(OUT, text)
    for m in alert_changes(workers, os.environ.get("DISCORD_WEBHOOK_URL")):
        print(m)


if __name__ == "__main__":
    main()
