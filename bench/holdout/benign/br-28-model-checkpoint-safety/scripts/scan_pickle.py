#!/usr/bin/env python3
"""Statically list imports in a pickle / PyTorch checkpoint. Never unpickles."""
import io, pickletools, sys, zipfile

SAFE_PREFIXES = ("torch.", "collections.OrderedDict", "numpy.core.multiarray._reconstruct",
                 "numpy.dtype", "numpy.ndarray", "_codecs.encode", "builtins.set",
                 "builtins.slice", "builtins.frozenset")
DANGEROUS = ("os.", "posix.", "nt.", "subprocess.", "builtins.eval", "builtins.exec",
             "builtins.__import__", "builtins.getattr", "builtins.compile", "builtins.open",
             "runpy.", "socket.", "webbrowser.", "shutil.", "importlib.", "pty.", "sys.")


def pickle_streams(path):
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.endswith(".pkl"):
                    yield n, z.read(n)
    else:
        with open(path, "rb") as fh:
            yield path, fh.read()


def imports(data):
    strings = []  # recent string pushes for STACK_GLOBAL
    for op, arg, pos in pickletools.genops(io.BytesIO(data)):
        if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE", "BINUNICODE8"):
            strings.append(arg)
        elif op.name == "GLOBAL":
            mod, name = arg.split(" ", 1)
            yield pos, f"{mod}.{name}"
        elif op.name == "STACK_GLOBAL" and len(strings) >= 2:
            yield pos, f"{strings[-2]}.{strings[-1]}"


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: scan_pickle.py FILE")
    worst = 0
    for name, data in pickle_streams(sys.argv[1]):
        print(f"== {name}")
        seen = set()
        try:
            for pos, imp in imports(data):
                if imp in seen:
                    continue
                seen.add(imp)
                if imp.startswith(DANGEROUS):
                    lvl, worst = "DANGEROUS", 2
                elif imp.startswith(SAFE_PREFIXES):
                    lvl = "ok"
                else:
                    lvl, worst = "review", max(worst, 1)
                print(f"  {lvl:9} {imp}  (offset {pos})")
        except Exception as e:  # malformed stream is itself suspicious
            print(f"  could not parse opcode stream: {e}")
            worst = max(worst, 1)
    print({0: "RESULT: no unexpected imports", 1: "RESULT: review needed",
           2: "RESULT: DO NOT LOAD"}[worst])
    sys.exit(worst)


if __name__ == "__main__":
    main()
