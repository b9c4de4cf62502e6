#!/usr/bin/env python3
"""Statically peel layered Python stagers of the form
    exec(zlib.decompress(base64.b64decode("...")))
without executing them.

Only a tiny whitelist of pure transformations is ever evaluated:
base64 (b64/b32/b16/urlsafe), zlib/gzip/bz2/lzma decompress, bytes.fromhex,
codecs rot13, .decode()/.encode(), and slicing such as [::-1].
Anything else stops the peel and is reported for manual review.
"""
import ast
import base64
import binascii
import bz2
import codecs
import gzip
import lzma
import sys
import zlib

SAFE_FUNCS = {
    "b64decode": base64.b64decode,
    "urlsafe_b64decode": base64.urlsafe_b64decode,
    "b32decode": base64.b32decode,
    "b16decode": base64.b16decode,
    "b85decode": base64.b85decode,
    "decompress": None,  # resolved by module name below
    "fromhex": bytes.fromhex,
    "unhexlify": binascii.unhexlify,
}
DECOMPRESSORS = {"zlib": zlib.decompress, "gzip": gzip.decompress, "bz2": bz2.decompress, "lzma": lzma.decompress}
SINKS = {"exec", "eval", "compile"}


class Unsupported(Exception):
    pass


def _attr_chain(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return list(reversed(parts))


def static_eval(node, aliases):
    """Evaluate a very small, side-effect-free subset of Python expressions."""
    if isinstance(node, ast.Constant) and isinstance(node.value, (str, bytes)):
        return node.value
    if isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Slice):
        base = static_eval(node.value, aliases)
        s = node.slice
        vals = [None if x is None else static_eval_int(x) for x in (s.lower, s.upper, s.step)]
        return base[slice(*vals)]
    if isinstance(node, ast.Call):
        chain = _attr_chain(node.func)
        if not chain:
            raise Unsupported(ast.dump(node.func))
        name = chain[-1]
        mod = aliases.get(chain[0], chain[0]) if len(chain) > 1 else None
        args = [static_eval(a, aliases) for a in node.args]
        if name in ("decode", "encode") and isinstance(node.func, ast.Attribute):
            target = static_eval(node.func.value, aliases)
            enc = args[0] if args else "utf-8"
            if name == "decode" and enc in ("rot13", "rot_13"):
                return codecs.decode(target, "rot13")
            return getattr(target, name)(enc)
        if name == "decompress" and mod in DECOMPRESSORS:
            return DECOMPRESSORS[mod](*args)
        if name == "decode" and mod == "codecs" and len(args) == 2 and args[1] in ("rot13", "rot_13"):
            return codecs.decode(args[0], "rot13")
        if name in SAFE_FUNCS and SAFE_FUNCS[name] is not None:
            return SAFE_FUNCS[name](*args)
        raise Unsupported(".".join(chain))
    raise Unsupported(type(node).__name__)


def static_eval_int(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, int):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -static_eval_int(node.operand)
    raise Unsupported("non-constant slice")


def collect_aliases(tree):
    aliases = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Import):
            for a in n.names:
                aliases[a.asname or a.name] = a.name
    return aliases


def peel(src, depth=0, max_depth=12):
    print(f"\n===== layer {depth} ({len(src)} chars) =====")
    print(src if len(src) < 1500 else src[:1500] + "\n...[truncated]")
    if depth >= max_depth:
        print("!! max depth reached")
        return
    try:
        tree = ast.parse(src)
    except SyntaxError as e:
        print(f"-- not Python ({e.msg}); stopping")
        return
    aliases = collect_aliases(tree)
    found = False
    for n in ast.walk(tree):
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in SINKS and n.args:
            found = True
            try:
                inner = static_eval(n.args[0], aliases)
            except Unsupported as e:
                print(f"!! sink {n.func.id}() at line {n.lineno} uses unsupported expression: {e}")
                continue
            if isinstance(inner, bytes):
                inner = inner.decode("utf-8", "replace")
            print(f"-- {n.func.id}() at line {n.lineno} would run the next layer (NOT executed)")
            peel(inner, depth + 1, max_depth)
    if not found:
        print("-- no exec/eval/compile sink: this looks like the final payload")


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: peel.py <file>")
    with open(sys.argv[1], encoding="utf-8", errors="replace") as fh:
        peel(fh.read())


if __name__ == "__main__":
    main()
