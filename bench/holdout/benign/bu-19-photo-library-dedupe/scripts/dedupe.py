#!/usr/bin/env python3
"""Group duplicate photos; move extras to _duplicates_review with an undo manifest."""
import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

EXTS = {".jpg", ".jpeg", ".png", ".heic", ".heif", ".webp", ".dng", ".cr2", ".nef", ".arw"}
REVIEW = "_duplicates_review"
MESSENGER = re.compile(r"(whatsapp|telegram|signal-|IMG-\d{8}-WA\d+)", re.I)


def sha256(p: Path) -> str:
    h = hashlib.sha256()
    with p.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def exif_batch(paths):
    out = {}
    for i in range(0, len(paths), 500):
        chunk = [str(p) for p in paths[i:i + 500]]
        res = subprocess.run(
            ["exiftool", "-json", "-fast2", "-n", "-DateTimeOriginal", "-Model",
             "-ImageWidth", "-ImageHeight", "-GPSLatitude", *chunk],
            capture_output=True, text=True)
        for row in json.loads(res.stdout or "[]"):
            out[row["SourceFile"]] = row
    return out


def score(p: Path, ex: dict):
    original = not MESSENGER.search(p.name) and bool(ex.get("Model"))
    pixels = (ex.get("ImageWidth") or 0) * (ex.get("ImageHeight") or 0)
    return (original, pixels, p.stat().st_size, "GPSLatitude" in ex, [-ord(c) for c in str(p)])


def ts(ex):
    v = ex.get("DateTimeOriginal")
    try:
        return datetime.strptime(str(v)[:19], "%Y:%m:%d %H:%M:%S").timestamp()
    except (TypeError, ValueError):
        return None


def scan(lib: Path, near: int | None, apply: bool):
    files = [p for p in lib.rglob("*") if p.is_file() and p.suffix.lower() in EXTS and REVIEW not in p.parts]
    exif = exif_batch(files)
    by_hash = {}
    for p in files:
        by_hash.setdefault(sha256(p), []).append(p)
    groups = [(g, "exact") for g in by_hash.values() if len(g) > 1]
    singles = [g[0] for g in by_hash.values() if len(g) == 1]

    if near is not None:
        import imagehash
        from PIL import Image
        try:
            from pillow_heif import register_heif_opener
            register_heif_opener()
        except ImportError:
            pass
        hashed = []
        for p in singles:
            try:
                hashed.append((p, imagehash.phash(Image.open(p)), ts(exif.get(str(p), {}))))
            except Exception:
                continue
        used = set()
        for i, (p, h, t) in enumerate(hashed):
            if p in used:
                continue
            grp = [p]
            for q, hq, tq in hashed[i + 1:]:
                if q in used or (h - hq) > near:
                    continue
                if t is not None and tq is not None and abs(t - tq) > 10:
                    continue
                grp.append(q)
                used.add(q)
            if len(grp) > 1:
                used.add(p)
                groups.append((grp, "near"))

    review = lib / REVIEW
    moved, reclaim = 0, 0
    manifest = review / "manifest.jsonl"
    for gi, (grp, kind) in enumerate(groups):
        grp.sort(key=lambda p: score(p, exif.get(str(p), {})), reverse=True)
        keep, extra = grp[0], grp[1:]
        print(f"group {gi:04d}  keep {keep.relative_to(lib)}")
        for p in extra:
            print(f"            move {p.relative_to(lib)}   {kind}")
            reclaim += p.stat().st_size
            moved += 1
            if apply:
                dest = review / f"{gi:04d}" / p.name
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(p), dest)
                with manifest.open("a") as m:
                    m.write(json.dumps({"from": str(p), "to": str(dest), "kept": str(keep)}) + "\n")
    print(f"\ngroups: {len(groups)}   files to move: {moved}   space reclaimable: {reclaim / 1e9:.1f} GB")
    if not apply:
        print("(dry run — add --apply to move files into", review, ")")


def undo(lib: Path):
    manifest = lib / REVIEW / "manifest.jsonl"
    if not manifest.exists():
        sys.exit("no manifest found; nothing to undo")
    n = 0
    for line in manifest.read_text().splitlines():
        rec = json.loads(line)
        src, dst = Path(rec["to"]), Path(rec["from"])
        if src.exists() and not dst.exists():
            dst.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(src), dst)
            n += 1
    manifest.rename(manifest.with_suffix(".undone"))
    print(f"restored {n} files")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["scan", "undo"])
    ap.add_argument("library", type=Path)
    ap.add_argument("--near", type=int, default=None)
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    lib = a.library.expanduser().resolve()
    if a.cmd == "scan":
        scan(lib, a.near, a.apply)
    else:
        undo(lib)


if __name__ == "__main__":
    main()
