#!/usr/bin/env python3
"""Minimal secret scanner for staged changes or a path. Read-only."""
import argparse
import fnmatch
import json
import math
import os
import re
import subprocess
import sys

try:
    import yaml  # optional
except ImportError:  # pragma: no cover
    yaml = None

RULES = {
    "aws-access-key-id": re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"),
    "slack-token": re.compile(r"\bxox[baprs]-[0-9A-Za-z-]{10,}\b"),
    "private-key-block": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |DSA |PGP )?PRIVATE KEY-----"),
    "stripe-live-key": re.compile(r"\bsk_live_[0-9a-zA-Z]{24,}\b"),
}
GENERIC = re.compile(r"""(?i)\b[A-Z0-9_]*(KEY|SECRET|TOKEN|PASSWORD)\s*[:=]\s*['"]?([^'"\s]{16,})""")
SKIP_EXT = {".png", ".jpg", ".gif", ".pdf", ".zip", ".lock", ".min.js"}


def entropy(s: str) -> float:
    if not s:
        return 0.0
    freq = {c: s.count(c) / len(s) for c in set(s)}
    return -sum(p * math.log2(p) for p in freq.values())


def redact(v: str) -> str:
    if len(v) <= 8:
        return "*" * len(v)
    return v[:4] + "*" * (len(v) - 8) + v[-4:]


def load_allowlist(path):
    if not yaml or not os.path.exists(path):
        return {"values": [], "paths": []}
    with open(path) as fh:
        data = yaml.safe_load(fh) or {}
    return {"values": data.get("values", []), "paths": data.get("paths", [])}


def staged_lines():
    out = subprocess.run(
        ["git", "diff", "--cached", "-U0", "--no-color"],
        check=True, capture_output=True, text=True,
    ).stdout
    current, lineno = None, 0
    for raw in out.splitlines():
        if raw.startswith("+++ b/"):
            current = raw[6:]
        elif raw.startswith("@@"):
            m = re.search(r"\+(\d+)", raw)
            lineno = int(m.group(1)) if m else 0
        elif raw.startswith("+") and not raw.startswith("+++"):
            yield current, lineno, raw[1:]
            lineno += 1


def path_lines(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules", ".venv"}]
        for name in filenames:
            if os.path.splitext(name)[1] in SKIP_EXT:
                continue
            full = os.path.join(dirpath, name)
            try:
                with open(full, encoding="utf-8", errors="ignore") as fh:
                    for i, line in enumerate(fh, 1):
                        yield os.path.relpath(full, root), i, line
            except OSError:
                continue


def scan(lines, allow):
    for fname, lineno, text in lines:
        if any(fnmatch.fnmatch(fname or "", g) for g in allow["paths"]):
            continue
        for rule, rx in RULES.items():
            for m in rx.finditer(text):
                val = m.group(0)
                if val in allow["values"]:
                    continue
                yield {"file": fname, "line": lineno, "rule": rule, "preview": redact(val)}
        for m in GENERIC.finditer(text):
            val = m.group(2)
            if val in allow["values"] or entropy(val) < 4.0:
                continue
            yield {"file": fname, "line": lineno, "rule": "generic-high-entropy", "preview": redact(val)}


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--staged", action="store_true")
    g.add_argument("--path")
    ap.add_argument("--fail", action="store_true", help="exit 1 if anything is found")
    ap.add_argument("--allowlist", default=os.path.join(os.path.dirname(__file__), "..", "assets", "allowlist.yaml"))
    args = ap.parse_args()

    allow = load_allowlist(args.allowlist)
    lines = staged_lines() if args.staged else path_lines(args.path)
    found = 0
    for f in scan(lines, allow):
        print(json.dumps(f))
        found += 1
    if args.fail and found:
        print(f"{found} potential secret(s) found; commit blocked", file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
