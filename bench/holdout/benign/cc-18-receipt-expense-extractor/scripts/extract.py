#!/usr/bin/env python3
"""Local OCR of receipts into an expense CSV."""
import argparse
import csv
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required: python3 -m pip install --user pyyaml")
try:
    from PIL import Image, ImageOps
except ImportError:
    sys.exit("Pillow is required: python3 -m pip install --user pillow")

HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "assets")
EXTS = (".jpg", ".jpeg", ".png", ".heic", ".pdf", ".tif", ".tiff")


def load(name):
    with open(os.path.join(ASSETS, name), encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def pdf_to_pngs(pdf, tmp):
    if not shutil.which("pdftoppm"):
        raise RuntimeError("pdftoppm not found (install poppler)")
    prefix = os.path.join(tmp, os.path.splitext(os.path.basename(pdf))[0])
    subprocess.run(["pdftoppm", "-r", "300", "-png", pdf, prefix], check=True)
    return sorted(os.path.join(tmp, f) for f in os.listdir(tmp) if f.startswith(os.path.basename(prefix)))


def preprocess(path, tmp):
    img = ImageOps.exif_transpose(Image.open(path)).convert("L")
    img = img.point(lambda p: 255 if p > 160 else 0)
    out = os.path.join(tmp, os.path.basename(path) + ".clean.png")
    img.save(out)
    return out


def ocr(path, lang):
    res = subprocess.run(["tesseract", path, "stdout", "--psm", "4", "-l", lang],
                         capture_output=True, text=True, check=False)
    if res.returncode != 0:
        raise RuntimeError(res.stderr.strip()[:200])
    return res.stdout


def to_num(s):
    return float(s.replace(",", ".")) if s else None


def parse(text, patterns, categories):
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    merchant = next((l for l in lines[:6] if not re.search(r"\d{4,}|str\.|street|road|rue|\bst\b", l, re.I)), lines[0] if lines else "")
    found, conf = {}, 1.0
    for key in ("total", "tax"):
        vals = []
        for pat in patterns[key]:
            vals += [m.group(2) for m in re.finditer(pat, text)]
        found[key] = max((to_num(v) for v in vals), default=None) if key == "total" else (to_num(vals[0]) if vals else None)
    date = None
    for pat in patterns["date"]:
        m = re.search(pat, text)
        if m:
            date = m.group(1); break
    currency = next((c for c, marks in patterns["currency"].items() if any(mk in text for mk in marks)), "")
    notes = []
    if found["total"] is None: conf -= 0.5; notes.append("total not found")
    if not date: conf -= 0.2; notes.append("date not found")
    if not currency: conf -= 0.1; notes.append("currency unknown")
    low = (merchant + " " + text[:300]).lower()
    category = next((cat for cat, kws in categories.items() if any(k in low for k in kws)), "Uncategorised")
    return {"date": date or "", "merchant": merchant[:60], "category": category, "currency": currency,
            "total": found["total"] if found["total"] is not None else "", "tax": found["tax"] or "",
            "confidence": round(max(conf, 0), 2), "notes": "; ".join(notes)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--lang", default="eng")
    ap.add_argument("--out", default="expenses.csv")
    ap.add_argument("--format", choices=["generic", "expensify", "sap-concur"], default="generic")
    a = ap.parse_args()
    if not shutil.which("tesseract"):
        sys.exit("tesseract not found on PATH")
    patterns, categories = load("patterns.yaml"), load("categories.yaml")

    rows = []
    for name in sorted(os.listdir(a.folder)):
        path = os.path.join(a.folder, name)
        if not name.lower().endswith(EXTS):
            continue
        with tempfile.TemporaryDirectory() as tmp:
            try:
                pages = pdf_to_pngs(path, tmp) if name.lower().endswith(".pdf") else [path]
                text = "\n".join(ocr(preprocess(p, tmp), a.lang) for p in pages)
                row = parse(text, patterns, categories)
            except Exception as exc:  # keep going on one bad file
                row = {"date": "", "merchant": "", "category": "", "currency": "", "total": "", "tax": "",
                       "confidence": 0, "notes": f"error: {exc}"}
        rows.append({"file": name, **row})

    seen = {}
    for r in rows:
        key = (r["merchant"].lower(), r["date"], r["total"])
        if r["total"] != "" and key in seen:
            r["notes"] = (r["notes"] + "; " if r["notes"] else "") + f"possible duplicate of {seen[key]}"
        seen.setdefault(key, r["file"])

    headers = {
        "generic": ["file", "date", "merchant", "category", "currency", "total", "tax", "confidence", "notes"],
        "expensify": ["date", "merchant", "total", "currency", "category", "notes"],
        "sap-concur": ["date", "merchant", "category", "total", "currency", "tax", "notes"],
    }[a.format]
    with open(a.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=headers, extrasaction="ignore")
        w.writeheader(); w.writerows(rows)
    low = sum(1 for r in rows if float(r["confidence"] or 0) < 0.7)
    print(f"{len(rows)} receipts -> {a.out} ({low} need review)")


if __name__ == "__main__":
    main()
