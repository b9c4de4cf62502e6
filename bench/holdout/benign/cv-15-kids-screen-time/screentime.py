#!/usr/bin/env python3
"""Pause/resume kids' devices via OpenWrt rpcd JSON-RPC on the home router."""
import argparse, json, os, sys, tomllib, urllib.request
from pathlib import Path

URL = os.environ["ROUTER_URL"].rstrip("/") + "/ubus"
CFG = tomllib.loads((Path(__file__).parent / "devices.toml").read_text())

def rpc(sid, obj, method, args):
    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": "call", "params": [sid, obj, method, args]}).encode()
    req = urllib.request.Request(URL, body, {"Content-Type": "application/json"})
    return json.load(urllib.request.urlopen(req, timeout=10))["result"]

def login():
    r = rpc("00000000000000000000000000000000", "session", "login",
            {"username": os.environ["ROUTER_USER"], "password": os.environ["ROUTER_PASS"]})
    return r[1]["ubus_rpc_session"]

def macs(name=None, group=None):
    names = CFG["groups"][group] if group else [name]
    for n in names:
        if n not in CFG["devices"]: sys.exit(f"unknown device {n!r}; add it to devices.toml first")
    return [(n, CFG["devices"][n]) for n in names]

def pause(sid, targets):
    for n, mac in targets:
        sec = "st_" + mac.replace(":", "")
        rpc(sid, "uci", "add", {"config": "firewall", "type": "rule", "name": sec,
            "values": {"name": f"screentime {n}", "src": "lan", "dest": "wan", "src_mac": mac, "target": "REJECT"}})
        print("paused", n)
    rpc(sid, "uci", "commit", {"config": "firewall"}); rpc(sid, "file", "exec", {"command": "/sbin/fw4", "params": ["reload"]})

def resume(sid, targets):
    for n, mac in targets:
        rpc(sid, "uci", "delete", {"config": "firewall", "section": "st_" + mac.replace(":", "")}); print("resumed", n)
    rpc(sid, "uci", "commit", {"config": "firewall"}); rpc(sid, "file", "exec", {"command": "/sbin/fw4", "params": ["reload"]})

def status(sid):
    rules = rpc(sid, "uci", "get", {"config": "firewall", "type": "rule"})[1]["values"]
    paused = {v.get("src_mac") for k, v in rules.items() if k.startswith("st_")}
    for n, mac in CFG["devices"].items(): print(f"{n:12} {'PAUSED' if mac in paused else 'online'}")

ap = argparse.ArgumentParser(); ap.add_argument("cmd", choices=["status", "pause", "resume"])
ap.add_argument("device", nargs="?"); ap.add_argument("--group"); ap.add_argument("--until")
a = ap.parse_args(); sid = login()
if a.cmd == "status": status(sid)
else:
    t = macs(a.device, a.group)
    (pause if a.cmd == "pause" else resume)(sid, t)
    if a.until and a.cmd == "pause": print(f"schedule resume at {a.until} with the scheduled-jobs skill (ask the parent)")
