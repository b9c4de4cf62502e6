#!/usr/bin/env python3
"""Compare .env files against .env.example. Prints key names only, never values."""
import argparse
import re
import sys
from urllib.parse import urlparse

LINE = re.compile(r'^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$')


def parse(path, with_hints=False):
    out, hints = {}, {}
    try:
        with open(path, encoding="utf-8") as fh:
            for raw in fh:
                if raw.lstrip().startswith("#"):
                    continue
                val, _, comment = raw.partition(" #")
                m = LINE.match(val)
                if not m:
                    continue
                k, v = m.group(1), m.group(2).strip().strip('"').strip("'")
                out[k] = v
                if with_hints:
                    hints[k] = dict(re.findall(r'(\w+)=(\w+)', comment))
                    if "required" in comment:
                        hints[k]["required"] = "1"
    except FileNotFoundError:
        pass
    return out, hints


def check(kind, val, h):
    if kind == "port":
        return val.isdigit() and 0 < int(val) < 65536
    if kind == "bool":
        return val.lower() in {"true", "false", "1", "0"}
    if kind == "url":
        u = urlparse(val)
        return bool(u.scheme and u.netloc) and (not h.get("scheme") or u.scheme.startswith(h["scheme"]))
    return True


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--env", action="append", default=[])
    a = ap.parse_args()
    example, hints = parse(a.example, with_hints=True)
    merged = {}
    for p in a.env or [".env"]:
        merged.update(parse(p)[0])
    bad = 0
    for k in example:
        h = hints.get(k, {})
        if k not in merged:
            print(f"MISSING   {k}"); bad += 1
        elif merged[k] == "" and (h.get("required") or example[k]):
            print(f"EMPTY     {k}"); bad += 1
        elif "type" in h and not check(h["type"], merged[k], h):
            print(f"INVALID   {k:<24} expected {h['type']}"); bad += 1
    for k in sorted(set(merged) - set(example)):
        print(f"EXTRA     {k}")
    print(f"OK        {len(example) - bad} keys")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
