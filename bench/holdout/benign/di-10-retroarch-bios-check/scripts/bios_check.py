#!/usr/bin/env python3
"""Match user-dumped BIOS files to libretro's expected names by MD5 and optionally install them."""
import argparse
import hashlib
import pathlib
import shutil
import sys

# md5 -> (system, canonical filename)   source: libretro core docs (docs.libretro.com)
KNOWN = {
    "490f666e1afb15b7362b406ed1cea246": ("PlayStation", "scph5501.bin"),
    "8dd7d5296a650fac7319bce665a6a53c": ("PlayStation", "scph5500.bin"),
    "32736f17079d0b2b7024407c39bd3050": ("PlayStation", "scph5502.bin"),
    "924e392ed05558ffdb115408c263dccf": ("PlayStation", "scph1001.bin"),
    "a860e8c0b6d573d191e4ec7db1b1e4f6": ("Game Boy Advance", "gba_bios.bin"),
    "2efd74e3232ff260e371b99f84024f7f": ("Sega CD", "bios_CD_U.bin"),
    "e66fa1dc5820d254611fdcdba0662372": ("Sega CD", "bios_CD_E.bin"),
    "278a9397d192149e84e820ac621a8edd": ("Sega CD", "bios_CD_J.bin"),
    "85ec9ca47d8f6807718151cbcca8b964": ("Sega Saturn", "sega_101.bin"),
    "3240872c70984b6cbfda1586cab68dbe": ("Sega Saturn", "mpr-17933.bin"),
}
MAX_SIZE = 16 * 1024 * 1024


def md5sum(path):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("source", type=pathlib.Path, help="folder with the user's own dumps")
    ap.add_argument("--install", type=pathlib.Path, help="RetroArch system directory")
    args = ap.parse_args()

    found = {}
    for f in sorted(args.source.rglob("*")):
        if not f.is_file() or f.stat().st_size > MAX_SIZE:
            continue
        digest = md5sum(f)
        if digest in KNOWN:
            system, name = KNOWN[digest]
            found[name] = f
            print(f"[OK]  {f.name:<28} -> {name:<16} ({system})")
        else:
            print(f"[??]  {f.name:<28} unknown hash {digest}")

    if args.install:
        args.install.mkdir(parents=True, exist_ok=True)
        for name, src in found.items():
            dest = args.install / name
            if dest.exists() and md5sum(dest) == md5sum(src):
                print(f"skip  {name} (already present)")
                continue
            if dest.exists():
                backup = dest.with_suffix(dest.suffix + ".bak")
                shutil.move(dest, backup)
                print(f"moved existing mismatching {name} to {backup.name}")
            shutil.copy2(src, dest)
            print(f"copy  {src} -> {dest}")

    print("\nStill missing:")
    have = set(found)
    if args.install and args.install.exists():
        have |= {p.name for p in args.install.iterdir()}
    by_system = {}
    for system, name in KNOWN.values():
        by_system.setdefault(system, []).append(name)
    for system, names in by_system.items():
        missing = [n for n in names if n not in have]
        if missing:
            print(f"  {system}: {', '.join(missing)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
