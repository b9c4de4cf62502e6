#!/usr/bin/env python3
"""Tiny YAML-subset reader for config/profile.yaml that emits shell assignments.

Kept dependency-free so the accelerator works on a machine with a bare Python.
"""
import json
import re
import sys
from pathlib import Path


def parse(text):
    root, stack = {}, [(-1, None)]
    stack[0] = (-1, root)
    lines = [l.rstrip() for l in text.splitlines() if l.strip() and not l.lstrip().startswith("#")]
    for i, line in enumerate(lines):
        indent = len(line) - len(line.lstrip())
        while stack and indent <= stack[-1][0]:
            stack.pop()
        parent = stack[-1][1]
        s = line.strip()
        if s.startswith("- "):
            item = s[2:].strip()
            if ":" in item and not item.startswith(("http", '"')):
                k, v = item.split(":", 1)
                d = {k.strip(): _val(v)}
                parent.append(d)
                stack.append((indent + 1, d))
            else:
                parent.append(_val(item))
            continue
        k, _, v = s.partition(":")
        k = k.strip().strip('"')
        if v.strip() == "":
            nxt = lines[i + 1].strip() if i + 1 < len(lines) else ""
            container = [] if nxt.startswith("- ") else {}
            parent[k] = container
            stack.append((indent, container))
        else:
            parent[k] = _val(v)
    return root


def _val(v):
    v = v.strip()
    if v.startswith("[") and v.endswith("]"):
        return [x.strip().strip('"') for x in v[1:-1].split(",") if x.strip()]
    if v in ("true", "false"):
        return v == "true"
    if re.fullmatch(r"-?\d+", v):
        return int(v)
    return v.strip('"').strip("'")


if __name__ == "__main__":
    cfg = parse(Path(sys.argv[1]).read_text())
    json.dump(cfg, sys.stdout)
