#!/usr/bin/env python3
"""Generate a pytest skeleton from a module's public API."""
import argparse
import ast
import pathlib

EDGE = {
    "int": ["0", "1", "-1", "2**31"],
    "float": ["0.0", "-1.5", "float('inf')"],
    "str": ["''", "'a'", "'ünïcødé'", "'x' * 10_000"],
    "list": ["[]", "[1]", "list(range(1000))"],
    "dict": ["{}", "{'k': 'v'}"],
    "bool": ["True", "False"],
}


def ann_name(a):
    if a is None:
        return None
    if isinstance(a, ast.Name):
        return a.id
    if isinstance(a, ast.Subscript):
        base = ann_name(a.value)
        if base == "Optional":
            return "Optional[" + (ann_name(a.slice) or "") + "]"
        return base
    if isinstance(a, ast.BinOp):  # X | None
        return "Optional[" + (ann_name(a.left) or "") + "]"
    return None


def cases(arg):
    t = ann_name(arg.annotation) or ""
    opt = t.startswith("Optional[")
    base = t[9:-1] if opt else t
    vals = list(EDGE.get(base, ["..."]))
    if opt:
        vals.append("None")
    return vals


def render_fn(mod, fn, owner=None):
    args = [a for a in fn.args.args if a.arg not in ("self", "cls")]
    target = f"{owner}().{fn.name}" if owner else fn.name
    name = f"test_{(owner or '').lower() + '_' if owner else ''}{fn.name}"
    if not args:
        return f"def {name}():\n    result = {target}()\n    assert result == ...  # TODO\n"
    first = args[0]
    params = ", ".join(cases(first))
    call_args = ", ".join([first.arg] + ["..." for _ in args[1:]])
    return (f"@pytest.mark.parametrize(\"{first.arg}\", [{params}])\n"
            f"def {name}({first.arg}):\n"
            f"    result = {target}({call_args})\n"
            f"    assert result == ...  # TODO: expected value for {{{first.arg}!r}}\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("module")
    ap.add_argument("--out")
    a = ap.parse_args()
    path = pathlib.Path(a.module)
    tree = ast.parse(path.read_text())
    modname = ".".join(path.with_suffix("").parts).removeprefix("src.")
    names, blocks = [], []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and not node.name.startswith("_"):
            names.append(node.name); blocks.append(render_fn(modname, node))
        elif isinstance(node, ast.ClassDef) and not node.name.startswith("_"):
            names.append(node.name)
            for m in node.body:
                if isinstance(m, ast.FunctionDef) and not m.name.startswith("_"):
                    blocks.append(render_fn(modname, m, owner=node.name))
    header = f"import pytest\n\nfrom {modname} import {', '.join(names)}\n\n\n"
    text = header + "\n\n".join(blocks)
    if a.out:
        out = pathlib.Path(a.out)
        if out.exists():
            out = out.with_name(out.stem + "_generated.py")
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text)
        print(f"wrote {out}")
    else:
        print(text)


if __name__ == "__main__":
    main()
