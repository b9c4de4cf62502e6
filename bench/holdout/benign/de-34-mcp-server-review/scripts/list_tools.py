#!/usr/bin/env python3
"""Start an MCP stdio server, perform initialize + tools/list, print and exit.

Run only inside a sandbox/VM for servers not yet approved: starting the server runs
its code. Usage: list_tools.py [--json] -- <command> [args...]
"""
import json
import subprocess
import sys


def rpc(proc, mid, method, params=None):
    msg = {"jsonrpc": "2.0", "id": mid, "method": method, "params": params or {}}
    proc.stdin.write(json.dumps(msg) + "\n"); proc.stdin.flush()
    while True:
        line = proc.stdout.readline()
        if not line:
            raise SystemExit("server closed stdout")
        resp = json.loads(line)
        if resp.get("id") == mid:
            return resp


def main():
    args = sys.argv[1:]
    as_json = "--json" in args
    cmd = args[args.index("--") + 1:]
    p = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        rpc(p, 1, "initialize", {"protocolVersion": "2024-11-05", "capabilities": {},
                                 "clientInfo": {"name": "mcp-review", "version": "0.1"}})
        p.stdin.write(json.dumps({"jsonrpc": "2.0", "method": "notifications/initialized"}) + "\n"); p.stdin.flush()
        tools = rpc(p, 2, "tools/list")["result"]["tools"]
    finally:
        p.terminate()
    if as_json:
        print(json.dumps(sorted(tools, key=lambda t: t["name"]), sort_keys=True, indent=1))
        return
    for t in tools:
        print(f"=== {t['name']}\n{t.get('description', '')!r}\nschema: {json.dumps(t.get('inputSchema', {}))}\n")


if __name__ == "__main__":
    main()
