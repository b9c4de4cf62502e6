#!/usr/bin/env python3
import argparse, csv, os, re
import fitz  # PyMuPDF

PATTERNS = {
    "email": r"[\w.+-]+@[\w-]+\.[\w.]+",
    "phone": r"\+?\d[\d\s()-]{7,}\d",
    "iban": r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b",
    "postcode_uk": r"\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b",
    "ssn_us": r"\b\d{3}-\d{2}-\d{4}\b",
}

def redact_pdf(src, dst, log):
    doc = fitz.open(src)
    for pno, page in enumerate(doc, 1):
        text = page.get_text()
        for cat, rx in PATTERNS.items():
            for m in set(re.findall(rx, text)):
                for r in page.search_for(m):
                    page.add_redact_annot(r, fill=(0, 0, 0))
                    log.writerow([os.path.basename(src), pno, cat, "privacy"])
        page.apply_redactions()
    doc.save(dst, garbage=4, deflate=True)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--log", default="redaction_log.csv")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with open(a.log, "w", newline="") as f:
        w = csv.writer(f); w.writerow(["file", "page", "category", "exemption"])
        for fn in sorted(os.listdir(a.inp)):
            if fn.lower().endswith(".pdf"):
                redact_pdf(os.path.join(a.inp, fn), os.path.join(a.out, fn), w)
    print("done")

if __name__ == "__main__":
    main()
