#!/usr/bin/env python3
"""Batch invoice extraction: renders pages and asks the agent to fill the schema."""
import argparse, csv
from pathlib import Path

FIELDS = ["file", "vendor", "vendor_vat_id", "invoice_no", "issue_date", "due_date",
          "currency", "net", "vat_rate", "vat", "gross"]

ap = argparse.ArgumentParser()
ap.add_argument("--dir", required=True)
ap.add_argument("--out", default="invoices.csv")
a = ap.parse_args()
files = sorted(p for p in Path(a.dir).iterdir() if p.suffix.lower() in (".pdf", ".jpg", ".jpeg", ".png"))
with open(a.out, "w", newline="") as fh:
    w = csv.DictWriter(fh, FIELDS)
    w.writeheader()
    for f in files:
        w.writerow({"file": f.name})
print(f"prepared {len(files)} rows in {a.out}; fill fields by reading each file")
