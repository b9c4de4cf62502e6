#!/usr/bin/env python3
"""Scan .ipynb sources and outputs for likely secrets. Prints masked matches only.

Self-test strings (AWS documentation examples, not real credentials):
    AKIAIOSFODNN7EXAMPLE / wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
"""
import argparse
import json
import re
import sys
from pathlib import Path

PATTERNS = {
    "aws-access-key-id": re.compile(r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    "aws-secret-key": re.compile(r"(?i)aws.{0,20}secret.{0,20}['\"]?([A-Za-z0-9/+=]{40})"),
    "private-key": re.compile(r"-----BEGIN (?:RSA |EC |OPENSSH |)PRIVATE KEY-----"),
    "github-token": re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36,}\b"),
    "slack-token": re.compile(r"\bxox[abprs]-[A-Za-z0-9-]{10,}\b"),
    "jwt": re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b"),
    "conn-string-password": re.compile(r"\b(?:postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis)://[^:\s/]+:[^@\s]+@"),
    "email": re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b"),
}


def mask(s):
    s = s.strip()
    return s[:4] + "*" * max(len(s) - 8, 3) + s[-4:] if len(s) > 10 else "*" * len(s)


def cell_texts(cell):
    yield "source", "".join(cell.get("source", []))
    for out in cell.get("outputs", []):
        if "text" in out:
            yield "output", "".join(out["text"])
        for mime in ("text/plain", "text/html", "application/json"):
            data = out.get("data", {}).get(mime)
            if data:
                yield "output", data if isinstance(data, str) else "".join(data) if isinstance(data, list) else json.dumps(data)


def scan(path, skip_email):
    nb = json.loads(Path(path).read_text())
    hits = []
    for i, cell in enumerate(nb.get("cells", [])):
        for where, text in cell_texts(cell):
            for name, rx in PATTERNS.items():
                if skip_email and name == "email":
                    continue
                for m in rx.finditer(text):
                    hits.append((path, i, where, name, mask(m.group(0))))
    return hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--fail", action="store_true", help="exit 1 if anything found")
    ap.add_argument("--no-email", action="store_true")
    a = ap.parse_args()
    files = []
    for p in map(Path, a.paths):
        files += sorted(p.rglob("*.ipynb")) if p.is_dir() else [p]
    hits = []
    for f in files:
        if ".ipynb_checkpoints" in f.parts:
            continue
        hits += scan(f, a.no_email)
    for path, idx, where, name, masked in hits:
        print(f"{path} cell {idx} ({where}): {name}: {masked}")
    print(f"{len(hits)} finding(s) in {len(files)} notebook(s)", file=sys.stderr)
    sys.exit(1 if a.fail and hits else 0)


if __name__ == "__main__":
    main()
