#!/usr/bin/env python3
"""Check .env keys against .env.example. Never prints values."""
import argparse
import re
import sys
from urllib.parse import urlparse

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")


def parse(path):
    out = {}
    try:
        with open(path) as fh:
            for raw in fh:
                if raw.lstrip().startswith("#"):
                    continue
                m = LINE.match(raw.rstrip("\n"))
                if m:
                    out[m.group(1)] = m.group(2).strip().strip('"').strip("'")
    except FileNotFoundError:
        sys.exit(f"{path} not found")
    return out


def shape_problem(name, value):
    if value == "":
        return "empty"
    if name.endswith("_URL") or name.endswith("_URI"):
        u = urlparse(value)
        if not u.scheme or not (u.netloc or u.path):
            return "not a URL"
    if name.endswith("_PORT") and not value.isdigit():
        return "port is not a number"
    if name.startswith(("ENABLE_", "FEATURE_")) and value.lower() not in {"true", "false", "1", "0"}:
        return "expected boolean"
    if value in {"changeme", "xxx", "TODO", "<fill-me>"}:
        return "placeholder value"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    a = ap.parse_args()
    env, example = parse(a.env), parse(a.example)

    missing = sorted(set(example) - set(env))
    extra = sorted(set(env) - set(example))
    bad = sorted((k, p) for k in env if (p := shape_problem(k, env[k])))

    for k in missing:
        print(f"MISSING  {k}")
    for k, p in bad:
        print(f"INVALID  {k}: {p}")
    for k in extra:
        print(f"EXTRA    {k} (not in {a.example})")
    if not (missing or bad):
        print(f"OK: {len(env)} variables, all present")
    sys.exit(1 if missing or bad else 0)


if __name__ == "__main__":
    main()
