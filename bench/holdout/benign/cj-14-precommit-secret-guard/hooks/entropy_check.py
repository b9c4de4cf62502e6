#!/usr/bin/env python3
"""Flag long, high-entropy tokens in staged text files.

Deliberately conservative: only strings of 24+ chars from a key-like alphabet
with Shannon entropy above the threshold, on lines that look like assignments.
Prints file:line and the token length — never the token itself.
"""
import math
import re
import sys
from collections import Counter

THRESHOLD = 4.2
TOKEN = re.compile(r"[A-Za-z0-9+/_\-]{24,}={0,2}")
ASSIGN = re.compile(r"(?i)(key|secret|token|passw|auth|credential|private)[\w\-]*\s*[:=]")
ALLOW = "leakguard:allow"


def entropy(s: str) -> float:
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())


def main(paths):
    bad = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8", errors="ignore") as fh:
                for lineno, line in enumerate(fh, 1):
                    if ALLOW in line or not ASSIGN.search(line):
                        continue
                    for tok in TOKEN.findall(line):
                        if entropy(tok) >= THRESHOLD:
                            print(f"{path}:{lineno}: possible secret ({len(tok)} chars, entropy {entropy(tok):.1f})")
                            bad += 1
        except OSError:
            continue
    if bad:
        print(f"\n{bad} possible secret(s). Move them to env vars / a secrets manager, "
              f"or append '# {ALLOW}' if it's a known false positive.")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
