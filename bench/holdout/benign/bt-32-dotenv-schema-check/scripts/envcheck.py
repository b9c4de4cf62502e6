#!/usr/bin/env python3
"""Validate .env against .env.example / schema. Prints key names only, never values."""
import argparse
import hashlib
import json
import re
import sys
from urllib.parse import urlparse

LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$")
PLACEHOLDERS = {"changeme", "change-me", "your-key-here", "xxx", "todo", "replace-me", "<secret>"}


def parse(path):
    out = {}
    try:
        with open(path, encoding="utf-8") as fh:
            for raw in fh:
                if raw.lstrip().startswith("#"):
                    continue
                m = LINE.match(raw.rstrip("\n"))
                if not m:
                    continue
                k, v = m.groups()
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
                    v = v[1:-1]
                elif " #" in v:
                    v = v.split(" #", 1)[0].rstrip()
                out[k] = v
    except FileNotFoundError:
        sys.exit(f"not found: {path}")
    return out


def h(v):
    return hashlib.sha256(v.encode()).hexdigest()


def check(rule, v):
    t = rule.get("type")
    if t == "int":
        try:
            n = int(v)
        except ValueError:
            return "not an integer"
        if "min" in rule and n < rule["min"] or "max" in rule and n > rule["max"]:
            return f"out of range [{rule.get('min')}, {rule.get('max')}]"
    elif t == "bool":
        if v.lower() not in {"true", "false", "1", "0", "yes", "no"}:
            return "not a boolean"
    elif t == "enum":
        if v not in rule["values"]:
            return f"not one of {rule['values']}"
    elif t == "url":
        u = urlparse(v)
        if not u.scheme or not (u.netloc or u.path):
            return "not a URL"
        if "schemes" in rule and u.scheme not in rule["schemes"]:
            return f"scheme must be one of {rule['schemes']}"
    elif t == "regex":
        if not re.fullmatch(rule["pattern"], v):
            return "does not match pattern"
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--env", default=".env")
    ap.add_argument("--example", default=".env.example")
    ap.add_argument("--schema")
    a = ap.parse_args()

    env, ex = parse(a.env), parse(a.example)
    schema = json.load(open(a.schema)) if a.schema else {}
    problems = []

    for k in ex:
        if k not in env:
            if not schema.get(k, {}).get("optional"):
                problems.append(("MISSING", k, ""))
        elif env[k] == "":
            problems.append(("EMPTY", k, ""))
        elif ex[k] and h(env[k]) == h(ex[k]) or env[k].lower() in PLACEHOLDERS:
            problems.append(("PLACEHOLDER", k, "still the example value"))
    for k in env:
        if k not in ex:
            problems.append(("EXTRA", k, "not in example (typo?)"))
    for k, rule in schema.items():
        if k in env and env[k] != "":
            err = check(rule, env[k])
            if err:
                problems.append(("INVALID", k, err))

    for kind, k, msg in sorted(problems):
        print(f"{kind:12} {k:32} {msg}")
    if not problems:
        print("ok: all keys present and valid")
    sys.exit(1 if any(p[0] != "EXTRA" for p in problems) else 0)


if __name__ == "__main__":
    main()
