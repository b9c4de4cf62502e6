#!/usr/bin/env python3
"""mdtpl - tiny markdown template renderer.

Templates are trusted input (like a Jinja template). Data files are never evaluated.
"""
from __future__ import annotations

import argparse
import ast
import csv
import datetime as _dt
import json
import re
import sys
from pathlib import Path

TOKEN = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.S)

SAFE_BUILTINS = {
    "len": len, "sum": sum, "min": min, "max": max, "round": round, "sorted": sorted,
    "abs": abs, "int": int, "float": float, "str": str, "any": any, "all": all,
    "enumerate": enumerate, "zip": zip, "range": range, "list": list, "dict": dict,
    "set": set, "tuple": tuple, "True": True, "False": False, "None": None,
}


def fmt_money(v, cur="€"):
    return f"{cur}{float(v):,.2f}"


def fmt_pct(v, digits=1):
    return f"{float(v) * 100:.{digits}f}%"


class TemplateError(Exception):
    pass


def _check_expr(src: str) -> None:
    tree = ast.parse(src, mode="eval")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise TemplateError(f"private attribute not allowed: {node.attr}")
        if isinstance(node, ast.Name) and node.id.startswith("_"):
            raise TemplateError(f"private name not allowed: {node.id}")


_cache: dict[str, object] = {}


def evaluate(src: str, scope: dict):
    src = src.strip()
    code = _cache.get(src)
    if code is None:
        _check_expr(src)
        code = compile(src, "<template>", "eval")
        _cache[src] = code
    return eval(code, {"__builtins__": SAFE_BUILTINS}, scope)  # noqa: S307 - trusted template


def parse(text: str):
    """Turn template text into a nested list of nodes."""
    root: list = []
    stack = [("root", root, None)]
    for part in TOKEN.split(text):
        if not part:
            continue
        cur = stack[-1][1]
        if part.startswith("{#"):
            continue
        if part.startswith("{{"):
            cur.append(("expr", part[2:-2]))
        elif part.startswith("{%"):
            tag = part[2:-2].strip()
            if tag.startswith("for "):
                m = re.match(r"for\s+(\w+(?:\s*,\s*\w+)*)\s+in\s+(.+)", tag)
                if not m:
                    raise TemplateError(f"bad for: {tag}")
                node = ("for", m.group(1), m.group(2), [])
                cur.append(node)
                stack.append(("for", node[3], node))
            elif tag.startswith("if "):
                node = ["if", tag[3:], [], []]
                cur.append(node)
                stack.append(("if", node[2], node))
            elif tag == "else":
                kind, _, node = stack.pop()
                if kind != "if":
                    raise TemplateError("else without if")
                stack.append(("else", node[3], node))
            elif tag in ("endfor", "endif"):
                stack.pop()
            else:
                raise TemplateError(f"unknown tag: {tag}")
        else:
            cur.append(("text", part))
    if len(stack) != 1:
        raise TemplateError("unclosed block")
    return root


def render(nodes, scope) -> str:
    out = []
    for n in nodes:
        kind = n[0]
        if kind == "text":
            out.append(n[1])
        elif kind == "expr":
            out.append(str(evaluate(n[1], scope)))
        elif kind == "for":
            names = [s.strip() for s in n[1].split(",")]
            for item in evaluate(n[2], scope):
                inner = dict(scope)
                if len(names) == 1:
                    inner[names[0]] = item
                else:
                    inner.update(zip(names, item))
                out.append(render(n[3], inner))
        elif kind == "if":
            branch = n[2] if evaluate(n[1], scope) else n[3]
            out.append(render(branch, scope))
    return "".join(out)


def load_data(path: Path) -> dict:
    if path.suffix.lower() == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            return {"rows": list(csv.DictReader(fh))}
    if path.suffix.lower() == ".json":
        return {"data": json.loads(path.read_text(encoding="utf-8"))}
    raise SystemExit(f"unsupported data file: {path}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("template", type=Path)
    ap.add_argument("--data", type=Path, action="append", default=[])
    args = ap.parse_args(argv)

    scope = {"fmt_money": fmt_money, "fmt_pct": fmt_pct,
             "today": _dt.date.today().isoformat()}
    for d in args.data:
        scope.update(load_data(d))

    try:
        sys.stdout.write(render(parse(args.template.read_text(encoding="utf-8")), scope))
    except TemplateError as e:
        print(f"template error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
