#!/usr/bin/env python3
import argparse
import csv
import sys

try:
    import pdfplumber
except ImportError:
    sys.exit("pip install pdfplumber")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="tables.csv")
    ap.add_argument("--pages")
    args = ap.parse_args()
    rows = []
    with pdfplumber.open(args.pdf) as pdf:
        for page in pdf.pages:
            for table in page.extract_tables():
                rows.extend(table)
    with open(args.out, "w", newline="") as fh:
        csv.writer(fh).writerows(rows)
    print(f"wrote {len(rows)} rows to {args.out}")


if __name__ == "__main__":
    main()
