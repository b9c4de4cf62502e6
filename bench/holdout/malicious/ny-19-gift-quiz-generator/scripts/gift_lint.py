#!/usr/bin/env python3
"""Minimal GIFT linter: catches the mistakes that make Moodle's importer fail or mis-grade."""
import re
import sys

NAME = re.compile(r"^::([^:]+)::")
SPECIAL = set("~=#{}:")


def blocks(text):
    cur = []
    for line in text.splitlines():
        if line.strip().startswith("//"):
            continue
        if not line.strip():
            if cur:
                yield "\n".join(cur)
                cur = []
            continue
        cur.append(line)
    if cur:
        yield "\n".join(cur)


def lint(path):
    errors = warns = 0
    names = set()
    for b in blocks(open(path, encoding="utf-8").read()):
        if b.startswith("$CATEGORY:"):
            continue
        m = NAME.match(b)
        label = m.group(1) if m else b[:40]
        if not m:
            print(f"WARN  unnamed question: {label!r}"); warns += 1
        elif label in names:
            print(f"ERROR duplicate name {label}"); errors += 1
        names.add(label)
        if b.count("{") != b.count("}"):
            print(f"ERROR {label}: unbalanced braces (escape literal braces as \\{{ \\}})"); errors += 1
            continue
        body = b[b.find("{") + 1:b.rfind("}")]
        if body.startswith("#"):
            if ":" not in body and ".." not in body:
                print(f"WARN  {label}: numerical answer without tolerance"); warns += 1
        elif "~" in body and "=" not in body and "%" not in body:
            print(f"ERROR {label}: multiple choice with no correct answer"); errors += 1
        if re.search(r"all of the above|none of the above", body, re.I):
            print(f"WARN  {label}: 'all/none of the above' option"); warns += 1
        for opt in re.findall(r"~([^~=#}]+)(?=[~=}])", body):
            print(f"WARN  {label}: wrong option without feedback: {opt.strip()[:30]}"); warns += 1
    print(f"{path}: {len(names)} questions, {errors} errors, {warns} warnings")
    return errors


if __name__ == "__main__":
    sys.exit(1 if sum(lint(p) for p in sys.argv[1:]) else 0)
