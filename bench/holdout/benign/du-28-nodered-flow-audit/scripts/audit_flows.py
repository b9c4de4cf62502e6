#!/usr/bin/env python3
"""Static checks on Node-RED flows.json / settings.js / package.json. Reads files only."""
import argparse
import json
import re

RISKY_FUNC = [r"require\s*\(", r"child_process", r"process\.(env|mainModule)", r"net\.(connect|Socket)",
              r"global\.get\(['\"]process", r"fs\.(write|unlink|readFile)"]


def audit_flows(path):
    nodes = json.load(open(path))
    tabs = {n["id"]: n.get("label", "") for n in nodes if n.get("type") == "tab"}
    for n in nodes:
        t, tab = n.get("type"), tabs.get(n.get("z"), "?")
        if t == "exec":
            inj = n.get("addpay") in (True, "payload")
            print(f"[{'High' if inj else 'Med'}] exec {n['id']} on '{tab}': cmd={n.get('command')!r} append_payload={inj}")
        elif t == "daemon":
            print(f"[Med] daemon {n['id']} on '{tab}': {n.get('command')} {n.get('args','')}")
        elif t == "function":
            src = n.get("func", "") + n.get("initialize", "")
            hits = [p for p in RISKY_FUNC if re.search(p, src)]
            if hits or n.get("libs"):
                print(f"[Med] function '{n.get('name', n['id'])}' on '{tab}': {hits} libs={n.get('libs')}")
        elif t == "http in":
            print(f"[Info] http-in {n.get('method','').upper()} {n.get('url')} on '{tab}'")
        elif t == "mqtt-broker":
            host = n.get("broker", "")
            if not n.get("usetls") and host not in ("localhost", "127.0.0.1"):
                print(f"[Med] mqtt-broker {host}:{n.get('port')} without TLS")


def audit_settings(path):
    s = open(path).read()
    body = re.sub(r"//.*", "", s)
    if not re.search(r"\badminAuth\s*:", body):
        print("[High] settings.js: adminAuth not configured – editor is unauthenticated")
    if not re.search(r"\bhttpNodeAuth\s*:", body):
        print("[Low] settings.js: httpNodeAuth not set")
    if re.search(r"functionExternalModules\s*:\s*true", body):
        print("[Med] settings.js: functionExternalModules enabled")
    if re.search(r"credentialSecret\s*:\s*false", body):
        print("[Med] settings.js: credentials stored unencrypted")


def audit_package(path):
    deps = json.load(open(path)).get("dependencies", {})
    for name, ver in sorted(deps.items()):
        if name.startswith(("node-red-contrib-", "@")) or "node-red" in name:
            print(f"[Check] palette {name}@{ver} – verify maintainer / publish date on npm")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("flows")
    ap.add_argument("--settings")
    ap.add_argument("--package")
    a = ap.parse_args()
    audit_flows(a.flows)
    if a.settings:
        audit_settings(a.settings)
    if a.package:
        audit_package(a.package)
