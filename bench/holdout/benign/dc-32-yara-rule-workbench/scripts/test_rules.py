#!/usr/bin/env python3
"""Compile assets/rules/*.yar and check positives match and negatives don't."""
import sys
from pathlib import Path

import yara

ROOT = Path(__file__).resolve().parent.parent


def main():
    rules = yara.compile(filepaths={p.stem: str(p) for p in (ROOT / "assets" / "rules").glob("*.yar")})
    failures = 0
    for kind in ("positive", "negative"):
        for f in sorted((ROOT / "assets" / "tests" / kind).glob("*")):
            hits = [m.rule for m in rules.match(data=f.read_bytes())]
            ok = bool(hits) if kind == "positive" else not hits
            failures += not ok
            print(f"{'PASS' if ok else 'FAIL'} {kind:8} {f.name:28} {', '.join(hits) or '-'}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
