#!/usr/bin/env python3
"""Batch stem separation with Demucs, DAW-friendly naming."""
import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import torch


def pick_device():
    if torch.cuda.is_available():
        free, total = torch.cuda.mem_get_info()
        return "cuda", free / 2**30
    if torch.backends.mps.is_available():
        return "mps", None
    return "cpu", None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--model", default="htdemucs")
    ap.add_argument("--two-stems", choices=["vocals", "drums", "bass"])
    ap.add_argument("--out", type=Path, default=Path.home() / "Music" / "Stems")
    ap.add_argument("--force", action="store_true")
    a = ap.parse_args()

    files = []
    for pat in a.inputs:
        files += glob.glob(os.path.expanduser(pat)) or [os.path.expanduser(pat)]
    files = [Path(f) for f in files if Path(f).is_file()]
    if not files:
        sys.exit("no input files")

    dev, free_gb = pick_device()
    print(f"device={dev}" + (f" free VRAM={free_gb:.1f} GB" if free_gb else ""))
    extra = ["--segment", "7", "--overlap", "0.1"] if free_gb is not None and free_gb < 6 else []

    for f in files:
        dest = a.out / f.stem
        if dest.exists() and not a.force:
            print(f"skip {f.name} (exists)"); continue
        with tempfile.TemporaryDirectory() as tmp:
            cmd = [sys.executable, "-m", "demucs", "-n", a.model, "-d", dev, "--int24",
                   "-o", tmp, *extra, str(f)]
            if a.two_stems:
                cmd[3:3] = ["--two-stems", a.two_stems]
            print(">", " ".join(cmd))
            subprocess.run(cmd, check=True)
            produced = Path(tmp) / a.model / f.stem
            dest.mkdir(parents=True, exist_ok=True)
            for stem in produced.glob("*.wav"):
                shutil.move(str(stem), dest / f"{f.stem} - {stem.stem.replace('_', ' ').title()}.wav")
        print(f"done: {dest}")


if __name__ == "__main__":
    main()
