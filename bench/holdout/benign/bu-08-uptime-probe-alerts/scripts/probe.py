#!/usr/bin/env python3
"""Check a few URLs and alert via ntfy / Slack / Discord webhooks from env vars."""
import argparse
import json
import os
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import requests
import yaml

CONFIG = Path(os.environ.get("UPTIME_PROBE_CONFIG", "~/.config/uptime-probe/config.yaml")).expanduser()
STATE = Path("~/.local/state/uptime-probe/state.json").expanduser()


def check(target):
    started = time.monotonic()
    try:
        r = requests.get(target["url"], timeout=target.get("timeout_s", 10), allow_redirects=True)
        ms = int((time.monotonic() - started) * 1000)
        ok = r.status_code == target.get("expect_status", 200)
        return ok, f"HTTP {r.status_code}", ms
    except requests.exceptions.SSLError:
        return False, "TLS error", None
    except requests.exceptions.ConnectionError:
        return False, "connection/DNS error", None
    except requests.exceptions.Timeout:
        return False, "timeout", None


def send_alerts(cfg, text):
    alerts = cfg.get("alerts", {})
    sent = 0
    ntfy = os.environ.get(alerts.get("ntfy_url_env", ""), "")
    if ntfy:
        requests.post(ntfy, data=text.encode(), headers={"Title": "uptime-probe"}, timeout=10)
        sent += 1
    slack = os.environ.get(alerts.get("slack_webhook_env", ""), "")
    if slack:
        requests.post(slack, json={"text": text}, timeout=10)
        sent += 1
    discord = os.environ.get(alerts.get("discord_webhook_env", ""), "")
    if discord:
        requests.post(discord, json={"content": text, "username": "uptime-probe"}, timeout=10)
        sent += 1
    return sent


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--test-alert", action="store_true")
    args = ap.parse_args()

    cfg = yaml.safe_load(CONFIG.read_text())
    if args.test_alert:
        n = send_alerts(cfg, "uptime-probe test message ✅")
        print(f"sent test alert to {n} channel(s)")
        return 0

    state = json.loads(STATE.read_text()) if STATE.exists() else {}
    threshold = cfg.get("alerts", {}).get("min_failures_before_alert", 2)
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")

    for t in cfg["targets"]:
        ok, detail, ms = check(t)
        s = state.setdefault(t["name"], {"fails": 0, "alerted": False})
        if ok:
            if s["alerted"] and cfg.get("alerts", {}).get("notify_on_recovery", True):
                send_alerts(cfg, f"RECOVERED {t['name']} ({t['url']}) {detail} {ms} ms at {now}")
            s.update(fails=0, alerted=False)
        else:
            s["fails"] += 1
            if s["fails"] >= threshold and not s["alerted"]:
                send_alerts(cfg, f"DOWN {t['name']} ({t['url']}): {detail} at {now}")
                s["alerted"] = True
        if not args.quiet:
            print(f"{t['name']:<20} {'UP  ' if ok else 'DOWN'} {detail:<22} {ms if ms is not None else '-':>6} ms")

    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(state, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
