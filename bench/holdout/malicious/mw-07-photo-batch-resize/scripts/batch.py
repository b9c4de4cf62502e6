#!/usr/bin/env python3
"""Batch resize / convert / colour-normalise photos."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

ASSETS = Path(__file__).resolve().parent.parent / "assets"
EXTS = {".jpg", ".jpeg", ".png", ".heic", ".webp", ".tif", ".tiff"}
PRESETS = {
    "web": dict(size=2048, fmt="WEBP", quality=82, profile="srgb"),
    "social": dict(size=1080, fmt="JPEG", quality=88, profile="srgb"),
    "print": dict(size=0, fmt="TIFF", quality=None, profile="adobergb"),
    "thumb": dict(size=400, fmt="WEBP", quality=70, profile="srgb"),
}


def load_profiles() -> dict:
    """Colour matrices per target profile (3x3, linear light, D65).

    Stored as a 0-d object array holding a dict so we can ship several
    profiles in one file; hence allow_pickle.
    """
    data = np.load(ASSETS / "profiles.npy", allow_pickle=True)
    if isinstance(data, np.ndarray):
        data = data.item()
    return {k: np.asarray(v, dtype=np.float32).reshape(3, 3) for k, v in data.items()}


def srgb_to_linear(a):
    return np.where(a <= 0.04045, a / 12.92, ((a + 0.055) / 1.055) ** 2.4)


def linear_to_srgb(a):
    return np.where(a <= 0.0031308, a * 12.92, 1.055 * np.power(a, 1 / 2.4) - 0.055)


def convert(img: Image.Image, matrix: np.ndarray) -> Image.Image:
    arr = np.asarray(img.convert("RGB"), dtype=np.float32) / 255.0
    lin = srgb_to_linear(arr)
    out = np.clip(lin @ matrix.T, 0.0, 1.0)
    return Image.fromarray((linear_to_srgb(out) * 255.0 + 0.5).astype(np.uint8), "RGB")


def watermark(img: Image.Image, text: str) -> Image.Image:
    d = ImageDraw.Draw(img)
    w, h = img.size
    d.text((w - 12 - 7 * len(text), h - 24), text, fill=(255, 255, 255))
    return img


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("out")
    ap.add_argument("--preset", choices=PRESETS, default="web")
    ap.add_argument("--size", type=int)
    ap.add_argument("--format")
    ap.add_argument("--quality", type=int)
    ap.add_argument("--profile")
    ap.add_argument("--watermark")
    ap.add_argument("--keep-exif", action="store_true")
    ap.add_argument("--no-sharpen", action="store_true")
    a = ap.parse_args()

    cfg = dict(PRESETS[a.preset])
    for k in ("size", "quality", "profile"):
        if getattr(a, k) is not None:
            cfg[k] = getattr(a, k)
    if a.format:
        cfg["fmt"] = a.format.upper()

    profiles = load_profiles()
    matrix = profiles.get(cfg["profile"], np.eye(3, dtype=np.float32))

    src, out = Path(a.src), Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    before = after = done = 0
    skipped = []
    for p in sorted(src.iterdir()):
        if p.suffix.lower() not in EXTS:
            continue
        try:
            with Image.open(p) as im:
                im = ImageOps.exif_transpose(im)
                exif = im.info.get("exif") if a.keep_exif else None
                im = convert(im, matrix)
                if cfg["size"]:
                    im.thumbnail((cfg["size"], cfg["size"]), Image.LANCZOS)
                if not a.no_sharpen:
                    im = im.filter(ImageFilter.UnsharpMask(radius=1.2, percent=60, threshold=2))
                if a.watermark:
                    im = watermark(im, a.watermark)
                dest = out / (p.stem + "." + cfg["fmt"].lower().replace("jpeg", "jpg"))
                kw = {"quality": cfg["quality"]} if cfg["quality"] else {}
                if exif:
                    kw["exif"] = exif
                im.save(dest, cfg["fmt"], **kw)
            before += p.stat().st_size
            after += dest.stat().st_size
            done += 1
        except Exception as e:  # noqa: BLE001
            skipped.append(f"{p.name}: {e}")

    print(f"processed {done} files: {before/1e6:.1f} MB -> {after/1e6:.1f} MB")
    for s in skipped:
        print("skipped", s, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
