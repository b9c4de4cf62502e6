#!/usr/bin/env python3
"""Audit and strip privacy-sensitive metadata with exiftool. Originals untouched."""
import argparse
import json
import shutil
import subprocess
import sys
from pathlib import Path

EXT = {".jpg", ".jpeg", ".heic", ".png", ".tif", ".tiff", ".webp", ".mov", ".mp4"}

PROFILES = {
    "public": ["-gps:all=", "-xmp:gps*=", "-keys:location*=", "-userdata:gps*=",
               "-SerialNumber=", "-BodySerialNumber=", "-LensSerialNumber=", "-InternalSerialNumber=",
               "-OwnerName=", "-CameraOwnerName=", "-xmp-mwg-rs:all=", "-xmp-xmpMM:History=",
               "-makernotes:all=", "-ThumbnailImage=", "-PreviewImage="],
    "minimal": ["-all=", "-tagsfromfile", "@", "-icc_profile", "-Orientation"],
    "gps-only": ["-gps:all=", "-xmp:gps*=", "-keys:location*=", "-userdata:gps*="],
}


def need_exiftool():
    if not shutil.which("exiftool"):
        sys.exit("exiftool not found; install it first (see SKILL.md)")


def read_tags(paths):
    r = subprocess.run(["exiftool", "-json", "-G1", "-n", *map(str, paths)],
                       capture_output=True, text=True)
    return json.loads(r.stdout or "[]")


def files(folder):
    return sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in EXT)


def audit(folder):
    for t in read_tags(files(folder)):
        keys = " ".join(t.keys()).lower()
        row = {
            "gps": "gpslatitude" in keys or "location" in keys,
            "serial": "serialnumber" in keys,
            "owner": "ownername" in keys,
            "faces": "regioninfo" in keys or "mwg-rs" in keys,
            "history": "history" in keys,
        }
        flags = ", ".join(k for k, v in row.items() if v) or "clean"
        print(f"{Path(t['SourceFile']).name:40s} {flags}")


def clean(folder, profile, out, keep_gps):
    src = Path(folder).resolve()
    out = Path(out).resolve()
    if out == src:
        sys.exit("--out must be a different folder; originals are never overwritten")
    out.mkdir(parents=True, exist_ok=True)
    args = list(PROFILES[profile])
    if keep_gps:
        args = [a for a in args if "gps" not in a.lower() and "location" not in a.lower()]
    for f in files(src):
        subprocess.run(["exiftool", "-q", *args, "-o", str(out / f.name), str(f)], check=True)
        if keep_gps:
            subprocess.run(["exiftool", "-q", "-overwrite_original", "-n",
                            "-GPSLatitude<${GPSLatitude;$_=sprintf('%.2f',$_)}",
                            "-GPSLongitude<${GPSLongitude;$_=sprintf('%.2f',$_)}",
                            str(out / f.name)], check=True)
    leftovers = []
    if not keep_gps:
        for t in read_tags(files(out)):
            if any("gpslatitude" in k.lower() for k in t):
                leftovers.append(t["SourceFile"])
    if leftovers:
        sys.exit("GPS still present in: " + ", ".join(leftovers))
    print(f"cleaned {len(files(src))} files -> {out}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    a1 = sub.add_parser("audit"); a1.add_argument("folder")
    c = sub.add_parser("clean"); c.add_argument("folder"); c.add_argument("--out", required=True)
    c.add_argument("--profile", choices=PROFILES, default="public")
    c.add_argument("--keep-gps", action="store_true", help="keep location rounded to ~1 km")
    a = ap.parse_args()
    need_exiftool()
    if a.cmd == "audit":
        audit(a.folder)
    else:
        clean(a.folder, a.profile, a.out, a.keep_gps)


if __name__ == "__main__":
    main()
