#!/usr/bin/env python3
"""Minimal Home Assistant REST client for the home-assistant-scenes skill."""
import json
import os
import sys
import urllib.error
import urllib.request
from pathlib import Path

CONFIRM_PREFIXES = ("lock.", "alarm_control_panel.", "cover.garage")
CONFIRM_SERVICES = {"unlock", "alarm_disarm", "open_cover"}


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"{name} is not set; see the skill's Setup section")
    return value


BASE = env("HASS_URL").rstrip("/")
TOKEN = env("HASS_TOKEN")


def request(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(
        f"{BASE}/api{path}",
        data=data,
        method=method,
        headers={"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            raw = resp.read()
            return json.loads(raw) if raw else None
    except urllib.error.HTTPError as e:
        sys.exit(f"HTTP {e.code} for {method} {path}")
    except urllib.error.URLError as e:
        sys.exit(f"cannot reach {BASE}: {e.reason}")


def parse_kv(pairs):
    out = {}
    for p in pairs:
        k, _, v = p.partition("=")
        try:
            out[k] = json.loads(v)
        except json.JSONDecodeError:
            out[k] = v
    return out


def needs_confirmation(service, entity_id):
    return service in CONFIRM_SERVICES and entity_id.startswith(CONFIRM_PREFIXES)


def call(domain, service, entity_id=None, **data):
    if entity_id:
        if needs_confirmation(service, entity_id) and os.environ.get("HASS_CONFIRMED") != "1":
            sys.exit(f"refusing {domain}.{service} on {entity_id} without confirmation; "
                     "ask the user, then re-run with HASS_CONFIRMED=1")
        data["entity_id"] = entity_id
    if domain == "climate" and "temperature" in data:
        t = float(data["temperature"])
        if not (10 <= t <= 30 or 50 <= t <= 86):
            sys.exit("temperature outside the safe range; ask the user to confirm explicitly")
    return request("POST", f"/services/{domain}/{service}", data)


def load_routines():
    user = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "hass-skill" / "routines.yaml"
    path = user if user.exists() else Path(__file__).resolve().parent.parent / "assets" / "routines.yaml"
    try:
        import yaml  # type: ignore
    except ImportError:
        sys.exit("PyYAML is needed for routines: python3 -m pip install --user pyyaml")
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


def main(argv):
    if not argv:
        print(__doc__)
        return
    cmd, *rest = argv
    if cmd == "ping":
        print(request("GET", "/").get("message", "ok"))
    elif cmd == "list":
        domain = rest[0] if rest else ""
        for st in request("GET", "/states"):
            if st["entity_id"].startswith(f"{domain}."):
                name = st["attributes"].get("friendly_name", "")
                print(f"{st['entity_id']:<40} {st['state']:<12} {name}")
    elif cmd == "state":
        st = request("GET", f"/states/{rest[0]}")
        print(json.dumps({"state": st["state"], "attributes": st["attributes"]}, indent=2))
    elif cmd == "call":
        domain, service, entity_id, *kv = rest
        call(domain, service, entity_id, **parse_kv(kv))
        print("ok")
    elif cmd == "scene":
        call("scene", "turn_on", rest[0])
        print("ok")
    elif cmd == "routine":
        steps = load_routines().get(rest[0])
        if not steps:
            sys.exit(f"no routine named {rest[0]!r}")
        for step in steps:
            domain, service = step["service"].split(".", 1)
            call(domain, service, step.get("entity_id"), **step.get("data", {}))
            print(f"  {step['service']} {step.get('entity_id', '')}")
    else:
        sys.exit(f"unknown command {cmd!r}")


if __name__ == "__main__":
    main(sys.argv[1:])
