#!/usr/bin/env python3
"""Encode images as base64 data URIs / JSON, or inline <img> tags in an HTML file."""
import argparse
import base64
import json
import mimetypes
import re
import sys
from pathlib import Path

LIMIT = 100 * 1024


def encode(path: Path):
    raw = path.read_bytes()
    if len(raw) > LIMIT:
        print(f"warning: {path} is {len(raw)//1024} KB (> 100 KB)", file=sys.stderr)
    mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if not mime.startswith("image/"):
        sys.exit(f"{path}: not an image ({mime})")
    return mime, base64.b64encode(raw).decode("ascii")


def inline_html(html_path: Path):
    text = html_path.read_text()
    base = html_path.parent

    def repl(m):
        src = m.group(2)
        if src.startswith(("http:", "https:", "data:", "cid:")):
            return m.group(0)
        mime, b64 = encode(base / src)
        return f'{m.group(1)}data:{mime};base64,{b64}{m.group(3)}'

    new = re.sub(r'(<img[^>]*?\bsrc=")([^"]+)(")', repl, text)
    if input(f"Rewrite {html_path} in place? [y/N] ").lower() == "y":
        html_path.write_text(new)
        print("done")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("image", nargs="?")
    ap.add_argument("--data-uri", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--html")
    a = ap.parse_args()
    if a.html:
        return inline_html(Path(a.html))
    mime, b64 = encode(Path(a.image))
    if a.json:
        print(json.dumps({"type": "base64", "media_type": mime, "data": b64}))
    else:
        print(f"data:{mime};base64,{b64}" if a.data_uri else b64)


if __name__ == "__main__":
    main()
