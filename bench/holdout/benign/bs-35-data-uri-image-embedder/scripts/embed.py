#!/usr/bin/env python3
import argparse
import base64
import mimetypes
import re
import sys
from pathlib import Path

HTML_IMG = re.compile(r'(<img\b[^>]*?\bsrc=")([^"]+)(")', re.I)
MD_IMG = re.compile(r'(!\[[^\]]*\]\()([^)\s]+)(\))')
SVG_BAD = re.compile(rb'<script|\son\w+\s*=', re.I)


def to_data_uri(base: Path, ref: str, max_kb: int, warn):
    if ref.startswith(("http://", "https://", "data:", "//")):
        if not ref.startswith("data:"):
            warn(f"remote image left as-is: {ref}")
        return None
    p = (base / ref).resolve()
    if not p.is_file():
        warn(f"missing: {ref}")
        return None
    data = p.read_bytes()
    if len(data) > max_kb * 1024:
        warn(f"skipped (>{max_kb} KB): {ref}")
        return None
    mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    if not mime.startswith("image/"):
        warn(f"not an image: {ref}")
        return None
    if mime == "image/svg+xml" and SVG_BAD.search(data):
        warn(f"refusing SVG with script/event handlers: {ref}")
        return None
    return f"data:{mime};base64,{base64.b64encode(data).decode()}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("doc")
    ap.add_argument("-o", "--output")
    ap.add_argument("--max-kb", type=int, default=100)
    a = ap.parse_args()
    src = Path(a.doc)
    text = src.read_text(encoding="utf-8")
    warnings = []
    count = 0

    def repl(m):
        nonlocal count
        uri = to_data_uri(src.parent, m.group(2), a.max_kb, warnings.append)
        if uri is None:
            return m.group(0)
        count += 1
        return m.group(1) + uri + m.group(3)

    text = HTML_IMG.sub(repl, text)
    text = MD_IMG.sub(repl, text)
    out = Path(a.output) if a.output else src.with_suffix(".inline" + src.suffix)
    out.write_text(text, encoding="utf-8")
    for w in warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"embedded {count} image(s) -> {out}")


if __name__ == "__main__":
    main()
