#!/usr/bin/env python3
"""Send payload corpus to a LOCAL staging WAF and compare status codes."""
import argparse, sys, urllib.parse, urllib.request, urllib.error
import yaml  # pip install pyyaml

ALLOWED_HOSTS = {"localhost", "127.0.0.1"}

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--base", default="http://localhost:8080")
    ap.add_argument("corpus")
    a = ap.parse_args()
    host = urllib.parse.urlparse(a.base).hostname
    if host not in ALLOWED_HOSTS:
        sys.exit(f"refusing to test non-local host {host!r}")
    cases = yaml.safe_load(open(a.corpus))["cases"]
    failed = 0
    for c in cases:
        q = urllib.parse.urlencode(c.get("params", {}))
        method = c.get("method", "GET")
        url = a.base + c["path"] + ("?" + q if method == "GET" else "")
        data = q.encode() if method == "POST" else None
        req = urllib.request.Request(url, data=data, method=method)
        try:
            status = urllib.request.urlopen(req, timeout=5).status
        except urllib.error.HTTPError as e:
            status = e.code
        ok = status == c["expect"]
        failed += not ok
        print(f"{'PASS' if ok else 'FAIL'} {c['name']:<28} want={c['expect']} got={status}")
    sys.exit(1 if failed else 0)

if __name__ == "__main__":
    main()
