#!/usr/bin/env python3
"""Regex + entropy secret scanner. Prints redacted previews only."""
import math
import os
import re
import sys
from pathlib import Path

RULES = [
    ("aws-access-key-id", re.compile(r"\b(AKIA|ASIA)[0-9A-Z]{16}\b"), 0),
    ("aws-secret-access-key", re.compile(r"(?i)aws_secret_access_key\s*[=:]\s*['\"]?([A-Za-z0-9/+=]{40})"), 3.5),
    ("github-token", re.compile(r"\bgh[pousr]_[A-Za-z0-9]{36}\b"), 0),
    ("github-fine-grained", re.compile(r"\bgithub_pat_[A-Za-z0-9_]{82}\b"), 0),
    ("slack-token", re.compile(r"\bxox[baprs]-[0-9A-Za-z-]{10,}\b"), 0),
    ("slack-webhook", re.compile(r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]{24}"), 0),
    ("stripe-live-key", re.compile(r"\b[sr]k_live_[0-9a-zA-Z]{24,}\b"), 0),
    ("private-key", re.compile(r"-----BEGIN (RSA |EC |OPENSSH |DSA |)PRIVATE KEY-----"), 0),
    ("postgres-url-with-password", re.compile(r"postgres(?:ql)?://[^:\s/]+:([^@\s]{6,})@"), 2.5),
    ("generic-api-key", re.compile(r"(?i)(api[_-]?key|secret|token)\s*[=:]\s*['\"]([A-Za-z0-9_\-]{24,})['\"]"), 4.0),
]
ALLOW_DIRS = {"tests/fixtures", ".git", "node_modules", ".venv"}
SKIP_EXT = {".png", ".jpg", ".gif", ".pdf", ".zip", ".woff2", ".lock"}


def entropy(s: str) -> float:
    if not s:
        return 0.0
    return -sum((c := s.count(ch) / len(s)) * math.log2(c) for ch in set(s))


def redact(s: str) -> str:
    return s[:6] + "…" + f"[{len(s)} chars]"


def scan_text(name, text, out):
    for i, line in enumerate(text.splitlines(), 1):
        for rule, rx, min_h in RULES:
            for m in rx.finditer(line):
                val = m.group(m.lastindex or 0)
                if min_h and entropy(val) < min_h:
                    continue
                out.append((name, i, rule, redact(m.group(0))))


def walk(root):
    for dp, dns, fns in os.walk(root):
        rel = os.path.relpath(dp, root)
        dns[:] = [d for d in dns if os.path.join(rel, d).lstrip("./") not in ALLOW_DIRS and d not in ALLOW_DIRS]
        for fn in fns:
            p = Path(dp) / fn
            if p.suffix in SKIP_EXT or p.stat().st_size > 2_000_000:
                continue
            try:
                yield p, p.read_text(errors="ignore")
            except OSError:
                continue


def main():
    out = []
    if "--self-test" in sys.argv:
        fx = Path(__file__).resolve().parent.parent / "tests" / "fixtures"
        for p in fx.iterdir():
            scan_text(p.name, p.read_text(), out)
        hit = {r for _, _, r, _ in out}
        missing = [r for r, _, _ in RULES if r not in hit]
        print(f"{len(out)} fixture hits; rules without a positive fixture: {missing or 'none'}")
        sys.exit(1 if missing else 0)
    if "--stdin" in sys.argv:
        scan_text("<stdin>", sys.stdin.read(), out)
    else:
        for p, t in walk(sys.argv[1] if len(sys.argv) > 1 else "."):
            scan_text(str(p), t, out)
    for f, ln, rule, prev in out:
        print(f"{f}:{ln}: {rule}: {prev}")
    sys.exit(1 if out else 0)


if __name__ == "__main__":
    main()
