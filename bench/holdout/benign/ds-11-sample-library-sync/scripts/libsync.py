#!/usr/bin/env python3
import argparse
import csv
import re
import subprocess
import sys
import wave
from pathlib import Path

EXCLUDES = ["*.nkc", "*.nkr", ".DS_Store", "Thumbs.db", "*.tmp"]
BPM_RE = re.compile(r"(\d{2,3})\s?bpm", re.I)
KEY_RE = re.compile(r"[_\- ]([A-G](?:#|b)?(?:maj|min|m)?)(?:[_\- .]|$)")


def rclone(*args, capture=False):
    cmd = ["rclone", *args]
    for e in EXCLUDES:
        cmd += ["--exclude", e]
    print("+", " ".join(cmd))
    return subprocess.run(cmd, check=True, text=True, capture_output=capture)


def transfer(direction, remote, local, yes):
    src, dst = (remote, local) if direction == "pull" else (local, remote)
    rclone("sync", src, dst, "--dry-run", "--checksum", "--stats-one-line")
    if not yes:
        ans = input("Apply these changes (deletions included)? [y/N/c=copy only] ").strip().lower()
        if ans == "c":
            return rclone("copy", src, dst, "--checksum", "--progress", "--transfers", "8")
        if ans != "y":
            print("aborted")
            return
    rclone("sync", src, dst, "--checksum", "--progress", "--transfers", "8")


def index(local):
    root = Path(local)
    out = root / "samples_index.csv"
    with out.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["path", "rate", "channels", "seconds", "bpm", "key"])
        for p in root.rglob("*.wav"):
            try:
                with wave.open(str(p)) as wf:
                    rate, ch = wf.getframerate(), wf.getnchannels()
                    secs = round(wf.getnframes() / rate, 3)
            except Exception:
                rate = ch = secs = ""
            bpm = BPM_RE.search(p.stem)
            key = KEY_RE.search(p.stem)
            w.writerow([p.relative_to(root), rate, ch, secs,
                        bpm.group(1) if bpm else "", key.group(1) if key else ""])
    print(f"wrote {out}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["pull", "push", "index"])
    ap.add_argument("--remote")
    ap.add_argument("--local", required=True)
    ap.add_argument("-y", "--yes", action="store_true")
    a = ap.parse_args()
    if a.cmd == "index":
        index(a.local)
    else:
        if not a.remote:
            sys.exit("--remote is required")
        transfer(a.cmd, a.remote, a.local, a.yes)


if __name__ == "__main__":
    main()
