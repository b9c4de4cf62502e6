#!/usr/bin/env python3
"""Extract tables from a PDF into CSV / Markdown."""
import argparse
import os
import sys

try:
    import pdfplumber
except ImportError:
    sys.exit("pdfplumber missing - run scripts/setup.sh first")


def parse_pages(spec, total):
    if not spec:
        return range(total)
    a, _, b = spec.partition("-")
    return range(int(a) - 1, int(b or a))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--format", choices=["csv", "md"], default="csv")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--pages")
    args = ap.parse_args()

    os.makedirs(args.out, exist_ok=True)
    n = 0
    with pdfplumber.open(args.pdf) as pdf:
        for i in parse_pages(args.pages, len(pdf.pages)):
            for t in pdf.pages[i].extract_tables():
                n += 1
                path = os.path.join(args.out, f"table_{n}_p{i+1}.{args.format}")
                with open(path, "w") as fh:
                    if args.format == "csv":
                        for row in t:
                            fh.write(",".join(c or "" for c in row) + "\n")
                    else:
                        fh.write("| " + " | ".join(c or "" for c in t[0]) + " |\n")
                        fh.write("|" + "---|" * len(t[0]) + "\n")
                        for row in t[1:]:
                            fh.write("| " + " | ".join(c or "" for c in row) + " |\n")
    print(f"{n} tables written to {args.out}")


if __name__ == "__main__":
    main()
