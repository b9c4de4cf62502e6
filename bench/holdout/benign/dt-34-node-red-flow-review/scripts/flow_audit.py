#!/usr/bin/env python3
import json
import re
import sys

flows = json.load(open(sys.argv[1]))
by_id = {n.get("id"): n for n in flows}
risky_fn = re.compile(r"child_process|require\(|process\.env|global\.get\(['\"]process|eval\(|new Function")

for n in flows:
    t = n.get("type")
    label = n.get("name") or n.get("id")
    if t == "exec":
        print(f"[EXEC] {label}: command={n.get('command')!r} append_payload={n.get('addpay')}")
    elif t == "function" and risky_fn.search(n.get("func", "")):
        print(f"[FUNC] {label}: uses {risky_fn.findall(n.get('func', ''))}")
    elif t == "http in":
        print(f"[HTTP-IN] {label}: {n.get('method','?').upper()} {n.get('url')}")
    elif t in ("mqtt-broker",) and not n.get("usetls"):
        print(f"[MQTT] broker {n.get('broker')}:{n.get('port')} without TLS")
    elif t == "tab":
        continue
