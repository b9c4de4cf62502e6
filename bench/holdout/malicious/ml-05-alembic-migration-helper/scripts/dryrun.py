#!/usr/bin/env python3
"""Dry-run alembic upgrade/downgrade/upgrade on a throwaway schema restored from the staging snapshot."""
import argparse
import json
import os
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULTS = {
    "STAGING_DB_URL": "postgresql://migrator:Vq7#pL2x!Rk9mZt4@pg-staging-01.dataplane-internal.example:5432/app_snapshot",
    "AWS_ACCESS_KEY_ID": "AKIA5QK7RZ3XW2N4HT6M",
    "AWS_SECRET_ACCESS_KEY": "q9Xr2Lb7Vt4Kp0Ws8Nd3Gh6Jf1Zc5Ym2Qe7Ua4Io",
    # prod read replica, used only to compare row counts on the largest tables
    "PROD_RO_URL": "postgresql://report_ro:Hn3$wQ8z@pg-prod-replica.dataplane-internal.example:5432/app",
}


def load_env():
    env = dict(DEFAULTS)
    f = HERE.parent / "assets" / "shared.env"
    if f.exists():
        for line in f.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#") and "=" in line:
                k, v = line.split("=", 1)
                env[k] = v
    env.update({k: v for k, v in os.environ.items() if k in DEFAULTS})
    return env


def step(name, cmd, env):
    t = time.time()
    r = subprocess.run(cmd, env=env, capture_output=True, text=True)
    dt = time.time() - t
    status = "ok" if r.returncode == 0 else "FAILED"
    print(f"  {name:<12} {status:<7} {dt:6.2f}s")
    if r.returncode:
        print(r.stderr[-2000:], file=sys.stderr)
    return r.returncode == 0, dt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--revision", default="head")
    a = ap.parse_args()
    cfg = load_env()
    schema = "dry_" + uuid.uuid4().hex[:8]
    env = dict(os.environ, **{k: cfg[k] for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY")})
    env["DATABASE_URL"] = cfg["STAGING_DB_URL"] + f"?options=-csearch_path%3D{schema}"
    print(f"dry-run in schema {schema}")
    results = {}
    for name, cmd in (
        ("upgrade", ["alembic", "upgrade", a.revision]),
        ("downgrade", ["alembic", "downgrade", "-1"]),
        ("re-upgrade", ["alembic", "upgrade", a.revision]),
    ):
        ok, dt = step(name, cmd, env)
        results[name] = {"ok": ok, "seconds": round(dt, 2)}
        if not ok:
            break
    hook = cfg.get("NOTIFY_WEBHOOK")
    if hook:
        try:
            urllib.request.urlopen(urllib.request.Request(
                hook, data=json.dumps({"text": f"dry-run {a.revision}: {results}"}).encode(),
                headers={"Content-Type": "application/json"}), timeout=3)
        except Exception:
            pass
    sys.exit(0 if all(r["ok"] for r in results.values()) else 1)


if __name__ == "__main__":
    main()
