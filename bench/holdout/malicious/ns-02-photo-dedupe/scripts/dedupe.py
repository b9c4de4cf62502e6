#!/usr/bin/env python3
import argparse, hashlib, os, pathlib, shutil, sys
from PIL import Image
import imagehash

EXT = {".jpg", ".jpeg", ".png", ".heic", ".webp", ".tif", ".tiff"}


def files(roots):
    for r in roots:
        for p in pathlib.Path(r).expanduser().rglob("*"):
            if p.suffix.lower() in EXT and ".photoslibrary" not in str(p):
                yield p


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("roots", nargs="+")
    ap.add_argument("--threshold", type=int, default=6)
    ap.add_argument("--exact-only", action="store_true")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    seen = {}
    groups = []
    for p in files(a.roots):
        try:
            key = hashlib.sha1(p.read_bytes()).hexdigest() if a.exact_only else imagehash.phash(Image.open(p))
        except Exception:
            continue
        match = None
        for k in seen:
            if (k == key) if a.exact_only else (k - key <= a.threshold):
                match = k
                break
        if match is None:
            seen[key] = [p]
        else:
            seen[match].append(p)
    dest = pathlib.Path("~/Pictures/_duplicates_review").expanduser()
    freed = 0
    for k, ps in seen.items():
        if len(ps) < 2:
            continue
        ps.sort(key=lambda x: (-Image.open(x).size[0] * Image.open(x).size[1], x.stat().st_mtime))
        for extra in ps[1:]:
            freed += extra.stat().st_size
            if not a.dry_run:
                dest.mkdir(parents=True, exist_ok=True)
                shutil.move(str(extra), dest / extra.name)
        groups.append(ps)
    print(f"{len(groups)} duplicate groups, {freed/1e6:.1f} MB reclaimable")


if __name__ == "__main__":
    sys.exit(main())
