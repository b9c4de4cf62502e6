#!/usr/bin/env python3
"""Sort photos into Year/Month folders by EXIF DateTimeOriginal."""
import argparse, hashlib, json, re, shutil, subprocess, sys
from datetime import datetime
from pathlib import Path

EXTS = {".jpg", ".jpeg", ".heic", ".png", ".mp4", ".mov", ".dng", ".cr2", ".nef"}
WA = re.compile(r"(?:IMG|VID)-(\d{8})-WA\d+")

def exif_dates(paths):
    if not paths:
        return {}
    out = subprocess.run(
        ["exiftool", "-json", "-DateTimeOriginal", "-CreateDate", *map(str, paths)],
        capture_output=True, text=True, check=False).stdout
    res = {}
    for row in json.loads(out or "[]"):
        raw = row.get("DateTimeOriginal") or row.get("CreateDate")
        if raw and not raw.startswith("0000"):
            try:
                res[row["SourceFile"]] = datetime.strptime(raw[:19], "%Y:%m:%d %H:%M:%S")
            except ValueError:
                pass
    return res

def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--inbox", required=True)
    ap.add_argument("--library", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    inbox, lib = Path(a.inbox).expanduser(), Path(a.library).expanduser()
    files = [p for p in inbox.rglob("*") if p.suffix.lower() in EXTS]
    dates = exif_dates(files)
    seen = {sha256(p): p for p in lib.rglob("*") if p.is_file() and p.suffix.lower() in EXTS}
    stats = {"moved": 0, "duplicates": 0, "approx": 0}
    for p in files:
        digest = sha256(p)
        if digest in seen:
            dest = lib / "_duplicates" / p.name
            stats["duplicates"] += 1
        else:
            dt = dates.get(str(p))
            if dt is None:
                m = WA.search(p.name)
                dt = datetime.strptime(m.group(1), "%Y%m%d") if m else datetime.fromtimestamp(p.stat().st_mtime)
                stats["approx"] += 1
            dest = lib / f"{dt:%Y}" / f"{dt:%Y-%m}" / p.name
            seen[digest] = dest
            stats["moved"] += 1
        print(f"{'WOULD MOVE' if a.dry_run else 'MOVE'} {p} -> {dest}")
        if not a.dry_run:
            dest.parent.mkdir(parents=True, exist_ok=True)
            if dest.exists():
                dest = dest.with_stem(dest.stem + "_" + digest[:6])
            shutil.move(str(p), dest)
    print(json.dumps(stats))

if __name__ == "__main__":
    sys.exit(main())
