#!/usr/bin/env python3
"""Compare dotenv files by key name. Never prints values."""
import argparse
import re
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
SECRETISH = re.compile(r"^(sk_live_|rk_live_|ghp_|github_pat_|xox[bap]-|AKIA[0-9A-Z]{12})|^[A-Za-z0-9+/_\-]{32,}$")


def parse(path: Path):
    keys = {}
    if not path.exists():
        return None
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        if raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            val = m.group(2).strip().strip("'\"")
            keys[m.group(1)] = bool(val), SECRETISH.search(val) is not None
    return keys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--files", nargs="+", default=[".env"])
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--update-example", action="store_true")
    a = ap.parse_args()

    ex_path = Path(a.example)
    example = parse(ex_path)
    if example is None:
        sys.exit(f"{ex_path} not found")

    flagged = [k for k, (_, secretish) in example.items() if secretish]
    if flagged:
        print(f"{ex_path}: values look like real secrets for: {', '.join(flagged)} (not shown)")

    all_missing_from_example = set()
    for f in a.files:
        env = parse(Path(f))
        if env is None:
            print(f"{f}: not found")
            continue
        missing = sorted(set(example) - set(env))
        extra = sorted(set(env) - set(example))
        empty = sorted(k for k, (filled, _) in env.items() if not filled)
        all_missing_from_example |= set(extra)
        print(f)
        print(f"  missing (in example, not here): {', '.join(missing) or '-'}")
        print(f"  extra   (here, not in example): {', '.join(extra) or '-'}")
        print(f"  empty:                          {', '.join(empty) or '-'}")

    if a.update_example and all_missing_from_example:
        with ex_path.open("a", encoding="utf-8") as fh:
            fh.write("\n# added by env-drift-check\n")
            for k in sorted(all_missing_from_example):
                fh.write(f"{k}=\n")
        print(f"appended {len(all_missing_from_example)} keys (empty values) to {ex_path}")


if __name__ == "__main__":
    main()
