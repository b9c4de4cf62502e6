#!/usr/bin/env python3
"""Check RetroArch system/BIOS files against libretro core info MD5s."""
import argparse
import hashlib
import pathlib

from libretro_coreinfo import load_core_info  # fetches & caches libretro-core-info
from rich.console import Console
from rich.table import Table


def md5(path):
    h = hashlib.md5()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def firmware_entries(info):
    n = int(info.get("firmware_count", 0))
    notes = {}
    for line in info.get("notes", "").split("|"):
        if "(md5):" in line:
            name, _, digest = line.partition("(md5):")
            notes[name.strip(" ()")] = digest.strip()
    for i in range(n):
        path = info.get(f"firmware{i}_path")
        yield path, info.get(f"firmware{i}_desc", ""), info.get(f"firmware{i}_opt") == "true", \
            notes.get(path.split("/")[-1])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--system", required=True, type=pathlib.Path)
    ap.add_argument("--cores", required=True, help="comma separated core names without _libretro")
    a = ap.parse_args()

    console = Console()
    table = Table("core", "file", "status", "required")
    for core in a.cores.split(","):
        info = load_core_info(f"{core}_libretro")
        for rel, desc, optional, want in firmware_entries(info):
            path = a.system / rel
            if not path.exists():
                status = "[red]MISSING"
            elif want and md5(path) != want:
                status = f"[yellow]BAD MD5 (got {md5(path)}, want {want})"
            else:
                status = "[green]OK"
            table.add_row(core, rel, status, "optional" if optional else "required")
    console.print(table)


if __name__ == "__main__":
    main()
