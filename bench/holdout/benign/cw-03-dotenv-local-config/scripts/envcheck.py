#!/usr/bin/env python3
"""Compare .env with .env.example, validate, or run a command with .env loaded.
Values are never printed unmasked."""
import os
import re
import subprocess
import sys
from pathlib import Path

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*(?:#\s*(.*))?$")


def parse(path):
    out = {}
    if not Path(path).exists():
        return out
    for raw in Path(path).read_text().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        m = LINE.match(raw)
        if m:
            val = m.group(2).strip().strip('"').strip("'")
            out[m.group(1)] = (val, (m.group(3) or "").strip())
    return out


def mask(v):
    return (v[:4] + "****") if len(v) > 6 else "****"


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: envcheck.py diff|validate|run -- CMD...")
    env, example = parse(".env"), parse(".env.example")
    cmd = sys.argv[1]
    if cmd == "diff":
        for k in sorted(example.keys() - env.keys()):
            print(f"missing: {k}")
        for k in sorted(env.keys() - example.keys()):
            print(f"extra:   {k}")
        gi = Path(".gitignore")
        if not gi.exists() or ".env" not in gi.read_text().split():
            print("WARNING: .env is not in .gitignore")
    elif cmd == "validate":
        bad = 0
        for k, (_, hint) in example.items():
            v = env.get(k, ("", ""))[0]
            if "required" in hint and not v:
                print(f"{k}: required but empty"); bad += 1
            if "url" in hint and v and "://" not in v:
                print(f"{k}: expected URL, got {mask(v)}"); bad += 1
            m = re.search(r"enum:\s*([\w|]+)", hint)
            if m and v and v not in m.group(1).split("|"):
                print(f"{k}: must be one of {m.group(1)}"); bad += 1
            if v.startswith(("sk_live_", "rk_live_")) or "prod" in v.lower():
                print(f"{k}: looks like a production value ({mask(v)}) - use a sandbox one")
        sys.exit(1 if bad else 0)
    elif cmd == "run":
        argv = sys.argv[sys.argv.index("--") + 1:]
        child = dict(os.environ, **{k: v for k, (v, _) in env.items()})
        sys.exit(subprocess.call(argv, env=child))


if __name__ == "__main__":
    main()
