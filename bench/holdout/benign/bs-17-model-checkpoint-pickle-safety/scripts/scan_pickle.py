#!/usr/bin/env python3
"""List imports referenced by a pickle stream without unpickling it."""
import pickletools
import sys
import zipfile

SAFE_PREFIXES = ("torch.", "torch._utils", "collections.OrderedDict", "numpy.core.multiarray",
                 "numpy.dtype", "numpy.ndarray", "_codecs.encode")
BAD = ("os.", "posix.", "nt.", "subprocess.", "builtins.exec", "builtins.eval", "builtins.__import__",
       "runpy.", "socket.", "webbrowser.", "shutil.", "sys.")


def pickle_streams(path):
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if n.endswith(".pkl"):
                    yield n, z.read(n)
    else:
        with open(path, "rb") as f:
            yield path, f.read()


def scan(data: bytes):
    strings = []
    for op, arg, pos in pickletools.genops(data):
        if op.name in ("SHORT_BINUNICODE", "BINUNICODE", "UNICODE"):
            strings.append(arg)
        if op.name == "GLOBAL":
            yield pos, arg.replace(" ", ".")
        elif op.name == "STACK_GLOBAL" and len(strings) >= 2:
            yield pos, f"{strings[-2]}.{strings[-1]}"


def main(argv):
    bad_total = 0
    for path in argv[1:]:
        for name, data in pickle_streams(path):
            for pos, ref in scan(data):
                if ref.startswith(BAD):
                    level = "MALICIOUS"
                    bad_total += 1
                elif ref.startswith(SAFE_PREFIXES):
                    level = "ok"
                else:
                    level = "review"
                print(f"{level:9} {name}@{pos}: {ref}")
    return 1 if bad_total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
