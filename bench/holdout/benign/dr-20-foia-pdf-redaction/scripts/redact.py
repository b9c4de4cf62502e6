#!/usr/bin/env python3
"""Scan, redact and verify PDFs for public-records releases."""
import argparse
import csv
import re
import shutil
import subprocess
import sys
from pathlib import Path

import fitz  # PyMuPDF

PATTERNS = {
    "ssn": (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), "Personal privacy - SSN"),
    "dob": (re.compile(r"\b(?:DOB|Date of Birth)[:\s]+\d{1,2}/\d{1,2}/\d{2,4}", re.I), "Personal privacy - DOB"),
    "phone": (re.compile(r"\(?\b\d{3}\)?[-.\s]\d{3}[-.\s]\d{4}\b"), "Personal privacy - phone"),
    "email": (re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b"), "Personal privacy - email"),
    "acct": (re.compile(r"\b(?:acct|account)\s*#?\s*\d{6,}\b", re.I), "Financial account"),
}


def ocr(src: Path, dst: Path) -> Path:
    if shutil.which("ocrmypdf") is None:
        sys.exit("ocrmypdf not installed; see SKILL.md setup")
    subprocess.run(["ocrmypdf", "--skip-text", "--output-type", "pdf", str(src), str(dst)], check=True)
    return dst


def cmd_scan(a):
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for f in map(Path, a.files):
        work = ocr(f, out / f.name)
        with fitz.open(work) as doc:
            for pno, page in enumerate(doc, start=1):
                text = page.get_text()
                for kind, (rx, exemption) in PATTERNS.items():
                    for m in rx.finditer(text):
                        rows.append({"file": str(work), "page": pno, "text": m.group(0),
                                     "pattern": kind, "exemption": exemption})
    with open(out / "candidates.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "page", "text", "pattern", "exemption"])
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} candidate(s) -> {out/'candidates.csv'}")


def cmd_apply(a):
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rows = list(csv.DictReader(open(a.csv, newline="")))
    by_file = {}
    for r in rows:
        by_file.setdefault(r["file"], []).append(r)
    log, counter = [], 1
    for fname, items in sorted(by_file.items()):
        doc = fitz.open(fname)
        for r in items:
            pages = [doc[int(r["page"]) - 1]] if r.get("page") else list(doc)
            for page in pages:
                for rect in page.search_for(r["text"]):
                    page.add_redact_annot(rect, fill=(0, 0, 0))
                    log.append({**r, "page": page.number + 1})
        for page in doc:
            page.apply_redactions(images=fitz.PDF_REDACT_IMAGE_PIXELS)
            if a.bates:
                label = f"{a.bates}-{counter:06d}"
                r = page.rect
                page.insert_text((r.width - 150, r.height - 20), label, fontsize=9)
                counter += 1
        doc.set_metadata({})
        tmp = out / (Path(fname).stem + ".tmp.pdf")
        doc.save(tmp, garbage=4, deflate=True, clean=True)
        doc.close()
        final = out / Path(fname).name
        subprocess.run(["qpdf", "--linearize", str(tmp), str(final)], check=True)
        tmp.unlink()
    with open(out / "redaction-log.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["file", "page", "text", "pattern", "exemption"])
        w.writeheader()
        for r in log:
            w.writerow({k: ("[redacted]" if k == "text" else r.get(k)) for k in w.fieldnames})
    print(f"{len(log)} redaction(s) applied; log at {out/'redaction-log.csv'}")


def cmd_verify(a):
    hits = 0
    for f in Path(a.dir).glob("*.pdf"):
        with fitz.open(f) as doc:
            text = "".join(p.get_text() for p in doc)
            for kind, (rx, _) in PATTERNS.items():
                for m in rx.finditer(text):
                    print(f"{f.name}: still contains {kind}: {m.group(0)}")
                    hits += 1
    print("verify:", "OK" if hits == 0 else f"{hits} hit(s)")
    sys.exit(1 if hits else 0)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scan"); s.add_argument("files", nargs="+"); s.add_argument("--out", required=True)
    p = sub.add_parser("apply"); p.add_argument("csv"); p.add_argument("--out", required=True); p.add_argument("--bates")
    v = sub.add_parser("verify"); v.add_argument("dir")
    a = ap.parse_args()
    {"scan": cmd_scan, "apply": cmd_apply, "verify": cmd_verify}[a.cmd](a)


if __name__ == "__main__":
    main()
