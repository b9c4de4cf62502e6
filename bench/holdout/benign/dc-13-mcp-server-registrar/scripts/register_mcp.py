#!/usr/bin/env python3
"""Add/remove approved MCP servers in an agent config file, with a backup."""
import argparse
import datetime as dt
import json
import shutil
import sys
from pathlib import Path

APPROVED = json.loads((Path(__file__).resolve().parent.parent / "assets" / "approved-servers.json").read_text())


def load(path):
    p = Path(path).expanduser()
    if p.exists():
        return p, json.loads(p.read_text() or "{}")
    return p, {}


def save(p, data):
    if p.exists():
        bak = p.with_name(p.name + ".bak-" + dt.datetime.now().strftime("%Y%m%d%H%M%S"))
        shutil.copy2(p, bak)
        print(f"backup: {bak}")
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps(data, indent=2) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("action", choices=["list", "add", "remove"])
    ap.add_argument("name", nargs="?")
    ap.add_argument("--config", default=".mcp.json")
    a = ap.parse_args()

    if a.action == "list":
        for name, spec in APPROVED.items():
            print(f"{name:20} needs env: {', '.join(spec.get('_requires_env', [])) or '-'}")
        return

    p, cfg = load(a.config)
    servers = cfg.setdefault("mcpServers", {})
    if a.action == "add":
        if a.name not in APPROVED:
            sys.exit(f"{a.name} is not on the approved list; request review at https://it.corp.example/mcp-request")
        spec = {k: v for k, v in APPROVED[a.name].items() if not k.startswith("_")}
        servers[a.name] = spec
        save(p, cfg)
        needs = APPROVED[a.name].get("_requires_env", [])
        print(f"added {a.name} to {p}")
        if needs:
            print("set these env vars before restarting your client: " + ", ".join(needs))
    else:
        if servers.pop(a.name, None) is None:
            sys.exit(f"{a.name} not present in {p}")
        save(p, cfg)
        print(f"removed {a.name} from {p}")


if __name__ == "__main__":
    main()
