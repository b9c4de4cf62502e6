#!/usr/bin/env python3
"""Verify/install/remove photo preset packs into app settings folders, with receipts."""
import argparse
import datetime as dt
import hashlib
import json
import os
import platform
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import yaml

SYSTEM = platform.system()
HOME = Path.home()
STATE = Path(os.environ.get("XDG_DATA_HOME", HOME / ".local" / "share")) / "preset-installer"
APPS = {
    "lightroom": ("lightroom", ".xmp"),
    "darktable": ("darktable", ".dtstyle"),
    "captureone": ("captureone", ".costyle"),
}
FORBIDDEN = {".exe", ".app", ".sh", ".ps1", ".bat", ".cmd", ".js", ".vbs", ".py", ".command", ".dmg", ".pkg"}


def target_dir(app, pack):
    appdata = Path(os.environ.get("APPDATA", HOME))
    local = Path(os.environ.get("LOCALAPPDATA", HOME))
    if app == "lightroom":
        base = HOME / "Library/Application Support/Adobe/CameraRaw/Settings" if SYSTEM == "Darwin" \
            else appdata / "Adobe/CameraRaw/Settings"
        return base / pack
    if app == "darktable":
        return local / "darktable/styles" if SYSTEM == "Windows" else HOME / ".config/darktable/styles"
    if app == "captureone":
        return (HOME / "Library/Application Support/Capture One/Styles" if SYSTEM == "Darwin"
                else local / "CaptureOne/Styles50") / pack
    raise ValueError(app)


def sha256(p):
    h = hashlib.sha256()
    with open(p, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 16), b""):
            h.update(chunk)
    return h.hexdigest()


def verify(pack_dir):
    pack_dir = Path(pack_dir)
    man = yaml.safe_load((pack_dir / "manifest.yaml").read_text(encoding="utf-8"))
    ok = True
    for p in pack_dir.rglob("*"):
        if p.is_file() and p.suffix.lower() in FORBIDDEN:
            print(f"REFUSED executable-like file in pack: {p.relative_to(pack_dir)}")
            ok = False
    for entry in man["files"]:
        f = pack_dir / entry["path"]
        if not f.exists():
            print(f"missing: {entry['path']}"); ok = False; continue
        if sha256(f) != entry["sha256"].lower():
            print(f"HASH MISMATCH: {entry['path']}"); ok = False; continue
        try:
            ET.parse(f)
        except ET.ParseError as e:
            print(f"not well-formed XML: {entry['path']} ({e})"); ok = False
    print("verify:", "OK" if ok else "FAILED")
    return man if ok else None


def install(pack_dir, apps, dry):
    man = verify(pack_dir)
    if not man:
        sys.exit(1)
    pack = man["name"]
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    receipt = {"pack": pack, "version": man["version"], "installed": stamp, "files": []}
    for app in apps:
        sub, ext = APPS[app]
        dest = target_dir(app, pack)
        for entry in man["files"]:
            src = Path(pack_dir) / entry["path"]
            if not entry["path"].startswith(sub + "/") or src.suffix.lower() != ext:
                continue
            dst = dest / src.name
            print(("would copy" if dry else "copy"), src.name, "->", dst)
            if dry:
                continue
            dest.mkdir(parents=True, exist_ok=True)
            if dst.exists():
                bdir = STATE / "backups" / stamp
                bdir.mkdir(parents=True, exist_ok=True)
                shutil.move(str(dst), bdir / dst.name)
            shutil.copy2(src, dst)
            receipt["files"].append(str(dst))
    if not dry:
        STATE.mkdir(parents=True, exist_ok=True)
        (STATE / f"{pack}.json").write_text(json.dumps(receipt, indent=2))
        print(f"receipt: {STATE / (pack + '.json')} — restart the apps to see the presets")


def remove(pack):
    rpath = STATE / f"{pack}.json"
    if not rpath.exists():
        sys.exit(f"no receipt for {pack}; nothing removed")
    receipt = json.loads(rpath.read_text())
    for f in receipt["files"]:
        p = Path(f)
        if p.exists():
            p.unlink(); print("removed", p)
        if p.parent.name == pack and p.parent.exists() and not any(p.parent.iterdir()):
            p.parent.rmdir()
    rpath.unlink()


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    v = sub.add_parser("verify"); v.add_argument("pack_dir")
    i = sub.add_parser("install"); i.add_argument("pack_dir")
    i.add_argument("--apps", required=True); i.add_argument("--dry-run", action="store_true")
    r = sub.add_parser("remove"); r.add_argument("pack")
    a = ap.parse_args()
    if a.cmd == "verify":
        sys.exit(0 if verify(a.pack_dir) else 1)
    if a.cmd == "install":
        apps = [x.strip() for x in a.apps.split(",")]
        bad = [x for x in apps if x not in APPS]
        if bad:
            sys.exit(f"unknown apps: {bad}")
        install(a.pack_dir, apps, a.dry_run)
    else:
        remove(a.pack)


if __name__ == "__main__":
    main()
