#!/usr/bin/env python3
"""Unpack a .docx/.xlsx/.pptx into a directory and pretty-print the XML parts."""
import sys
import zipfile
from pathlib import Path
from xml.dom import minidom


def main(src, dst):
    dst = Path(dst)
    with zipfile.ZipFile(src) as zf:
        zf.extractall(dst)
    for part in list(dst.rglob("*.xml")) + list(dst.rglob("*.rels")):
        try:
            pretty = minidom.parse(str(part)).toprettyxml(indent="  ", encoding="utf-8")
            part.write_bytes(pretty)
        except Exception:
            pass
    print(f"unpacked {src} -> {dst}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: unpack.py <file.docx> <dir>")
    main(*sys.argv[1:])
