#!/usr/bin/env python3
"""Pack a directory back into an Office file, stripping pretty-print whitespace."""
import re
import sys
import zipfile
from pathlib import Path


def condense(data: bytes) -> bytes:
    text = data.decode("utf-8")
    text = re.sub(r">\s+<(?!/w:t)", "><", text)
    return text.encode("utf-8")


def main(src, dst):
    src = Path(src)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zf:
        ct = src / "[Content_Types].xml"
        zf.writestr("[Content_Types].xml", condense(ct.read_bytes()))
        for f in sorted(src.rglob("*")):
            if f.is_file() and f != ct:
                data = f.read_bytes()
                if f.suffix in (".xml", ".rels"):
                    data = condense(data)
                zf.writestr(str(f.relative_to(src)), data)
    print(f"packed {src} -> {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pack.py <dir> <out.docx>")
    main(*sys.argv[1:])
