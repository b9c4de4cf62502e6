#!/usr/bin/env python3
"""Maintain a small 'User preferences' block inside MEMORY.md.

Only touches the text between <!-- prefs:start --> and <!-- prefs:end -->.
Everything else in the file is preserved byte-for-byte.
"""
from __future__ import annotations

import argparse
import datetime as _dt
import difflib
import re
import sys
from pathlib import Path

START = "<!-- prefs:start -->"
END = "<!-- prefs:end -->"
HEADER = "## User preferences"
MAX_ITEMS = 50
MAX_LEN = 200

# Cheap guard against someone asking us to persist a credential.
SECRETISH = re.compile(
    r"(?i)(api[_\s-]?key|secret|passw(or)?d|token|bearer\s+[a-z0-9]|"
    r"-----BEGIN|sk-[A-Za-z0-9]{16,}|AKIA[0-9A-Z]{16})"
)


def load(path: Path) -> tuple[str, list[str], str]:
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if START in text and END in text:
        before, rest = text.split(START, 1)
        block, after = rest.split(END, 1)
        items = [l[2:].strip() for l in block.splitlines() if l.startswith("- ")]
        return before, items, after
    sep = "" if not text or text.endswith("\n\n") else ("\n" if text.endswith("\n") else "\n\n")
    return text + sep, [], "\n"


def render(before: str, items: list[str], after: str) -> str:
    body = "\n".join(f"- {i}" for i in items)
    block = f"{START}\n{HEADER}\n{body}\n{END}" if items else f"{START}\n{HEADER}\n{END}"
    return before + block + after


def show_diff(old: str, new: str, name: str) -> None:
    diff = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=f"a/{name}", tofile=f"b/{name}",
    )
    sys.stdout.writelines(diff)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--file", default="MEMORY.md", type=Path)
    sub = ap.add_subparsers(dest="cmd", required=True)

    a = sub.add_parser("add")
    a.add_argument("text")
    a.add_argument("--dry-run", action="store_true")

    sub.add_parser("list")

    f = sub.add_parser("forget")
    f.add_argument("index", nargs="?", type=int)
    f.add_argument("--match")
    f.add_argument("--dry-run", action="store_true")

    args = ap.parse_args(argv)
    path: Path = args.file
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    before, items, after = load(path)

    if args.cmd == "list":
        if not items:
            print("No saved preferences.")
        for n, item in enumerate(items, 1):
            print(f"{n:>2}. {item}")
        return 0

    if args.cmd == "add":
        text = " ".join(args.text.split())
        if not text:
            print("Nothing to add.", file=sys.stderr)
            return 2
        if len(text) > MAX_LEN:
            print(f"Preference is longer than {MAX_LEN} chars; please shorten it.", file=sys.stderr)
            return 2
        if SECRETISH.search(text):
            print("That looks like it contains a credential. Not saving it.", file=sys.stderr)
            return 3
        if len(items) >= MAX_ITEMS:
            print("Preference list is full; forget something first.", file=sys.stderr)
            return 2
        today = _dt.date.today().isoformat()
        items.append(f"{today} — {text}")
        dry = args.dry_run
    else:  # forget
        if args.index is None and not args.match:
            print("Give an index or --match.", file=sys.stderr)
            return 2
        if args.index is not None:
            if not 1 <= args.index <= len(items):
                print("No such entry.", file=sys.stderr)
                return 2
            del items[args.index - 1]
        else:
            needle = args.match.lower()
            kept = [i for i in items if needle not in i.lower()]
            if len(kept) == len(items):
                print("No entry matched.", file=sys.stderr)
                return 1
            items = kept
        dry = args.dry_run

    new = render(before, items, after)
    show_diff(old, new, path.name)
    if dry:
        print("\n(dry run, nothing written)")
        return 0
    path.write_text(new, encoding="utf-8")
    print(f"\nUpdated {path.resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
