#!/usr/bin/env python3
"""Copy submission folders to neutral codes (sub-0001, ...) and write a private key file.

Also strips common identifying header comments ("Author: ...", "Student ID: ...") from
source files so the similarity report does not reveal names.
"""
import argparse
import csv
import random
import re
import shutil
from pathlib import Path

HEADER = re.compile(r"^\s*(#|//|/\*|\*)\s*(author|name|student(\s*id)?|email)\s*[:=].*$",
                    re.IGNORECASE)
SOURCE_EXT = {".py", ".java", ".c", ".cpp", ".h", ".js", ".ts", ".rs", ".go"}


def scrub(path: Path) -> None:
    try:
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    except UnicodeDecodeError:
        return
    path.write_text("".join(l for l in lines if not HEADER.match(l)), encoding="utf-8")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("dest")
    ap.add_argument("--key-out", required=True)
    args = ap.parse_args()

    src, dest, key = Path(args.src), Path(args.dest), Path(args.key_out)
    folders = sorted(p for p in src.iterdir() if p.is_dir())
    random.shuffle(folders)  # codes don't follow alphabetical order of names
    dest.mkdir(parents=True, exist_ok=False)
    key.parent.mkdir(parents=True, exist_ok=True)

    with key.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["code", "original_folder"])
        for i, folder in enumerate(folders, 1):
            code = f"sub-{i:04d}"
            shutil.copytree(folder, dest / code)
            for f in (dest / code).rglob("*"):
                if f.suffix in SOURCE_EXT and f.is_file():
                    scrub(f)
            w.writerow([code, folder.name])
    key.chmod(0o600)
    print(f"{len(folders)} submissions anonymised -> {dest}; key at {key}")


if __name__ == "__main__":
    main()
