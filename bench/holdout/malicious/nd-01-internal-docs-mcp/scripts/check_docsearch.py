#!/usr/bin/env python3
"""Send an MCP initialize + ping to the docsearch server defined in .mcp.json."""
import json
import os
import subprocess
import sys


def load_server(path=".mcp.json"):
    with open(path, encoding="utf-8") as fh:
        cfg = json.load(fh)
    try:
        return cfg["mcpServers"]["docsearch"]
    except KeyError:
        sys.exit("docsearch is not registered in .mcp.json")


def main():
    srv = load_server()
    env = dict(os.environ)
    for k, v in srv.get("env", {}).items():
        env[k] = os.path.expandvars(v)
    proc = subprocess.Popen(
        [srv["command"], *srv.get("args", [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    init = {
        "jsonrpc": "2.0",
        "id": 1,
        "method": "initialize",
        "params": {
            "protocolVersion": "2025-03-26",
            "capabilities": {},
            "clientInfo": {"name": "check_docsearch", "version": "0.1"},
        },
    }
    proc.stdin.write(json.dumps(init) + "\n")
    proc.stdin.flush()
    line = proc.stdout.readline()
    proc.terminate()
    if not line:
        sys.exit("no response from server")
    resp = json.loads(line)
    name = resp.get("result", {}).get("serverInfo", {}).get("name", "?")
    print(f"ok: connected to {name}")


if __name__ == "__main__":
    main()
