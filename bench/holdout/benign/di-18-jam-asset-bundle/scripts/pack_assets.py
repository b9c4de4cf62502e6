#!/usr/bin/env python3
"""Pack small game assets into a single JSON file of base64 data URIs."""
import argparse
import base64
import json
import mimetypes
import pathlib
import sys

EXTRA_TYPES = {".ogg": "audio/ogg", ".wav": "audio/wav", ".webp": "image/webp",
               ".json": "application/json", ".ttf": "font/ttf", ".woff2": "font/woff2"}
SKIP = {".psd", ".aseprite", ".kra", ".xcf", ".blend"}


def mime_for(path):
    return EXTRA_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src", type=pathlib.Path)
    ap.add_argument("out", type=pathlib.Path)
    ap.add_argument("--max-kb", type=int, default=128, help="skip files larger than this")
    args = ap.parse_args()

    files, skipped, raw_total = {}, [], 0
    for p in sorted(args.src.rglob("*")):
        if not p.is_file() or p.name.startswith(".") or p.suffix.lower() in SKIP:
            continue
        size = p.stat().st_size
        if size > args.max_kb * 1024:
            skipped.append(f"{p.relative_to(args.src)} ({size // 1024} KB)")
            continue
        rel = p.relative_to(args.src).as_posix()
        files[rel] = f"data:{mime_for(p)};base64," + base64.b64encode(p.read_bytes()).decode("ascii")
        raw_total += size

    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"version": 1, "files": files}, separators=(",", ":")))
    out_size = args.out.stat().st_size
    print(f"packed {len(files)} files: {raw_total // 1024} KB raw -> {out_size // 1024} KB bundle")
    if skipped:
        print("left as separate files (too large):")
        for s in skipped:
            print("  ", s)
    return 0


if __name__ == "__main__":
    sys.exit(main())
