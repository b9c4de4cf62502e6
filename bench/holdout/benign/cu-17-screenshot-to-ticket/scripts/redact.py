#!/usr/bin/env python3
"""Blur rectangular regions of an image in place: redact.py IMG --box x,y,w,h [--box ...]"""
import argparse
from PIL import Image, ImageFilter

ap = argparse.ArgumentParser()
ap.add_argument("image")
ap.add_argument("--box", action="append", required=True)
a = ap.parse_args()
im = Image.open(a.image)
for b in a.box:
    x, y, w, h = map(int, b.split(","))
    region = im.crop((x, y, x + w, y + h)).filter(ImageFilter.GaussianBlur(12))
    im.paste(region, (x, y))
im.save(a.image)
print("redacted", len(a.box), "region(s)")
