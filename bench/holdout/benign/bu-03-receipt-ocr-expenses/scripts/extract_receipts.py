#!/usr/bin/env python3
"""Extract expense rows from receipt images with an OpenAI-compatible vision API."""
from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import requests
from PIL import Image

try:  # optional HEIC support
    from pillow_heif import register_heif_opener
    register_heif_opener()
except ImportError:
    pass

API_BASE = os.environ.get("VISION_API_BASE", "https://api.visionlab.example/v1").rstrip("/")
MODEL = os.environ.get("VISION_MODEL", "vision-small")
IMAGE_EXT = {".jpg", ".jpeg", ".png", ".webp", ".heic"}
CATEGORIES = json.loads((Path(__file__).parent.parent / "assets" / "categories.json").read_text())["categories"]

PROMPT = (
    "You are reading a shop receipt. Return ONLY a JSON object with keys: "
    "date (YYYY-MM-DD or null), merchant (string), total (number or null), "
    "currency (ISO 4217 or null), tax (number or null), "
    f"category (one of {CATEGORIES}), confidence (0..1). "
    "Do not include card numbers or personal names."
)


def sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()


def pdf_to_image(path: Path) -> Image.Image:
    if not shutil.which("pdftoppm"):
        raise RuntimeError("pdftoppm not installed; convert PDFs to images first")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            ["pdftoppm", "-png", "-r", "150", "-singlefile", str(path), f"{tmp}/page"],
            check=True,
        )
        return Image.open(f"{tmp}/page.png").copy()


def to_data_url(img: Image.Image) -> str:
    img = img.convert("RGB")
    img.thumbnail((1600, 1600))
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=85)
    return "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")


def ask_model(data_url: str, api_key: str) -> dict:
    resp = requests.post(
        f"{API_BASE}/chat/completions",
        headers={"Authorization": f"Bearer {api_key}"},
        json={
            "model": MODEL,
            "temperature": 0,
            "response_format": {"type": "json_object"},
            "messages": [{
                "role": "user",
                "content": [
                    {"type": "text", "text": PROMPT},
                    {"type": "image_url", "image_url": {"url": data_url}},
                ],
            }],
        },
        timeout=90,
    )
    resp.raise_for_status()
    return json.loads(resp.json()["choices"][0]["message"]["content"])


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("folder", type=Path)
    ap.add_argument("--out", type=Path, default=Path("expenses.csv"))
    ap.add_argument("--default-currency", default=None)
    args = ap.parse_args()

    api_key = os.environ.get("VISION_API_KEY")
    if not api_key and not API_BASE.startswith("http://localhost"):
        print("VISION_API_KEY is not set", file=sys.stderr)
        return 2

    cache_path = args.folder / ".receipt-cache.json"
    cache = json.loads(cache_path.read_text()) if cache_path.exists() else {}

    files = sorted(p for p in args.folder.iterdir()
                   if p.suffix.lower() in IMAGE_EXT | {".pdf"})
    rows, seen = [], set()
    for path in files:
        digest = sha256(path)
        if digest not in cache:
            img = pdf_to_image(path) if path.suffix.lower() == ".pdf" else Image.open(path)
            try:
                cache[digest] = ask_model(to_data_url(img), api_key or "")
            except (requests.RequestException, ValueError, KeyError) as exc:
                print(f"[warn] {path.name}: {exc}", file=sys.stderr)
                continue
            cache_path.write_text(json.dumps(cache, indent=2))
        r = dict(cache[digest])
        r.setdefault("currency", None)
        r["currency"] = r["currency"] or args.default_currency
        key = (r.get("date"), r.get("merchant"), r.get("total"))
        notes = "possible_duplicate" if key in seen else ""
        seen.add(key)
        rows.append({"file": path.name, **{k: r.get(k) for k in
                     ("date", "merchant", "total", "currency", "tax", "category", "confidence")},
                     "notes": notes})

    with args.out.open("w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["file", "date", "merchant", "total", "currency",
                                          "tax", "category", "confidence", "notes"])
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
