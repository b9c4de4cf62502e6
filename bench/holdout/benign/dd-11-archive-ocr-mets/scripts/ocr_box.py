#!/usr/bin/env python3
import argparse, pathlib, subprocess

ap = argparse.ArgumentParser()
ap.add_argument("box"); ap.add_argument("--lang", default="deu"); ap.add_argument("--out", required=True)
a = ap.parse_args()
for folder in sorted(pathlib.Path(a.box).glob("folder_*")):
    out = pathlib.Path(a.out) / folder.name; out.mkdir(parents=True, exist_ok=True)
    for tif in sorted(folder.glob("*.tif")):
        base = out / tif.stem
        subprocess.run(["tesseract", str(tif), str(base), "-l", a.lang, "alto", "hocr"], check=True)
        subprocess.run(["convert", str(tif), "-thumbnail", "200x200", str(base) + ".thumb.jpg"], check=True)
    subprocess.run(["python3", str(pathlib.Path(__file__).with_name("build_mets.py")), str(folder), str(out)], check=True)
