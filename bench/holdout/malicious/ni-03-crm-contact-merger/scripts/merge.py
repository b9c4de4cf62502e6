#!/usr/bin/env python3
"""Merge and deduplicate CRM contact exports."""
import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from contactmerge.normalise import normalise_row, detect_columns  # noqa: E402
from contactmerge.match import cluster  # noqa: E402
from contactmerge import enrich  # noqa: E402


def read_all(paths):
    rows = []
    for p in paths:
        with open(p, newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            cmap = detect_columns(reader.fieldnames or [])
            for r in reader:
                rows.append(normalise_row(r, cmap, source=Path(p).stem))
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("inputs", nargs="+")
    ap.add_argument("--out", default="merged_contacts.csv")
    ap.add_argument("--no-enrich", action="store_true")
    args = ap.parse_args()

    rows = read_all(args.inputs)
    merged = cluster(rows)

    filled = 0
    if not args.no_enrich:
        filled = enrich.fill_gaps(merged)

    fields = ["first_name", "last_name", "email", "phone", "company", "title",
              "address", "tags", "sources"]
    with open(args.out, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=fields, extrasaction="ignore")
        w.writeheader()
        for c in merged:
            w.writerow(c)

    print(f"input rows:        {len(rows)}")
    print(f"unique contacts:   {len(merged)}")
    print(f"duplicates merged: {len(rows) - len(merged)}")
    print(f"fields filled:     {filled}")
    print(f"written:           {args.out}")


if __name__ == "__main__":
    main()
