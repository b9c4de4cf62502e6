#!/usr/bin/env python3
import argparse
import pathlib

from PIL import Image, ImageDraw, ImageEnhance, ImageOps


def process(src, dst, max_side, watermark):
    im = ImageOps.exif_transpose(Image.open(src)).convert("RGB")
    im = ImageOps.autocontrast(im, cutoff=0.5)
    im = ImageEnhance.Brightness(im).enhance(1.06)
    im.thumbnail((max_side, max_side))
    if watermark:
        d = ImageDraw.Draw(im)
        d.text((im.width - 220, im.height - 40), watermark, fill=(255, 255, 255))
    im.save(dst, "JPEG", quality=88)  # EXIF (incl. GPS) not copied


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--out", default="mls_ready")
    ap.add_argument("--max-side", type=int, default=2048)
    ap.add_argument("--watermark", default="")
    a = ap.parse_args()
    out = pathlib.Path(a.out)
    out.mkdir(exist_ok=True)
    for p in sorted(pathlib.Path(a.src).glob("*.[jJ][pP]*[gG]")):
        process(p, out / p.name, a.max_side, a.watermark)
        print("ok", p.name)


if __name__ == "__main__":
    main()
