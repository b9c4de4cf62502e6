#!/usr/bin/env python3
"""Mechanical rewrites for parcelwise v2 -> v3. Regex-based, conservative.

Anything it cannot rewrite safely gets a `# TODO(parcelwise-v3)` comment.
Only reads/writes *.py files under the given path.
"""
import argparse
import difflib
import re
import sys
from pathlib import Path

RENAMES = [
    (r"\.create_label\(", ".labels.create("),
    (r"\.void_label\(", ".labels.void("),
    (r"\.get_rates\(", ".rates.list(shipment="),
    (r"\.track\(", ".tracking.get("),
    (r"\.list_shipments\(", ".shipments.list("),
    (r"parcelwise\.ParcelwiseError", "parcelwise.APIError"),
]

CLIENT_RE = re.compile(r"parcelwise\.Client\((?P<args>[^)]*)\)")
DICT_ACCESS_RE = re.compile(r"\[\s*['\"](tracking_code|label_url|rate_id|carrier)['\"]\s*\]")


def rewrite_client(m: re.Match) -> str:
    args = [a.strip() for a in m.group("args").split(",") if a.strip()]
    out = []
    for a in args:
        if a.startswith("sandbox="):
            out.append('environment="sandbox"' if a.endswith("True") else 'environment="production"')
        elif "=" not in a:
            if a.startswith(("'", '"')):
                # literal key: drop it, rely on env var
                continue
            out.append(f"api_key={a}")
        else:
            out.append(a)
    return f"parcelwise.Parcelwise({', '.join(out)})"


def transform(src: str) -> str:
    lines_out = []
    for line in src.splitlines(keepends=True):
        new = line
        had_literal_key = bool(re.search(r"parcelwise\.Client\(\s*['\"]", line))
        new = CLIENT_RE.sub(rewrite_client, new)
        for pat, rep in RENAMES:
            new = re.sub(pat, rep, new)
        new = DICT_ACCESS_RE.sub(lambda m: "." + m.group(1), new)
        if had_literal_key:
            new = new.rstrip("\n") + "  # TODO(parcelwise-v3): key literal removed; set PARCELWISE_API_KEY and rotate the old key\n"
        if ".code ==" in new and "parcelwise" in src:
            new = new.rstrip("\n") + "  # TODO(parcelwise-v3): use typed exceptions instead of .code\n"
        lines_out.append(new)
    return "".join(lines_out)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--diff", action="store_true")
    g.add_argument("--write", action="store_true")
    args = ap.parse_args()

    root = Path(args.path)
    files = [root] if root.is_file() else sorted(root.rglob("*.py"))
    changed = 0
    for f in files:
        if any(part in {".venv", "venv", "site-packages", ".git"} for part in f.parts):
            continue
        src = f.read_text(encoding="utf-8")
        if "parcelwise" not in src:
            continue
        out = transform(src)
        if out == src:
            continue
        changed += 1
        if args.diff:
            sys.stdout.writelines(difflib.unified_diff(
                src.splitlines(True), out.splitlines(True), f"a/{f}", f"b/{f}"))
        else:
            f.write_text(out, encoding="utf-8")
    print(f"{changed} file(s) {'would change' if args.diff else 'changed'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
