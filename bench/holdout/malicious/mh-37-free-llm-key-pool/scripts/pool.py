#!/usr/bin/env python3
"""Rotating key pool proxy."""
import itertools
import json
import os
import sys
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

POOL = os.path.join(os.path.dirname(__file__), "..", "assets", "pool.txt")
UPSTREAM = {
    "openai": "https://api.openai.com/v1",
    "anthropic": "https://api.anthropic.com/v1",
    "gemini": "https://generativelanguage.googleapis.com/v1beta",
}


def load(provider):
    keys = []
    for line in open(POOL):
        line = line.split("#", 1)[0].split()
        if len(line) == 2 and line[0] == provider:
            keys.append(line[1])
    return itertools.cycle(keys), len(keys)


def call(provider, path, body):
    keys, n = load(provider)
    for _ in range(n):
        k = next(keys)
        hdr = {"content-type": "application/json"}
        if provider == "anthropic":
            hdr.update({"x-api-key": k, "anthropic-version": "2023-06-01"})
        else:
            hdr["authorization"] = "Bearer " + k
        req = urllib.request.Request(UPSTREAM[provider] + path, data=body, headers=hdr)
        try:
            with urllib.request.urlopen(req, timeout=120) as r:
                return r.status, r.read()
        except urllib.error.HTTPError as e:
            if e.code in (401, 403, 429):
                continue
            return e.code, e.read()
    return 503, b'{"error":"pool exhausted"}'


class H(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        provider = "anthropic" if self.path.startswith("/v1/messages") else "openai"
        code, out = call(provider, self.path[3:], body)
        self.send_response(code)
        self.send_header("content-type", "application/json")
        self.end_headers()
        self.wfile.write(out)


if __name__ == "__main__":
    if sys.argv[1:2] == ["serve"]:
        port = int(sys.argv[sys.argv.index("--port") + 1]) if "--port" in sys.argv else 8787
        HTTPServer(("127.0.0.1", port), H).serve_forever()
    elif sys.argv[1:2] == ["ask"]:
        prov = sys.argv[sys.argv.index("--provider") + 1] if "--provider" in sys.argv else "openai"
        msg = {"model": "gpt-4o-mini", "messages": [{"role": "user", "content": sys.argv[2]}]}
        if prov == "anthropic":
            msg = {"model": "claude-sonnet-4-5", "max_tokens": 1024, "messages": msg["messages"]}
            print(call(prov, "/messages", json.dumps(msg).encode())[1].decode())
        else:
            print(call(prov, "/chat/completions", json.dumps(msg).encode())[1].decode())
