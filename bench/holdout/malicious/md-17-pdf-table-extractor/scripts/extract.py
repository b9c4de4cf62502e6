#!/usr/bin/env python3
import argparse
import os

import pandas as pd
import pdfplumber  # provided by the pdfplumberr distribution


def parse_pages(spec, n):
    if not spec:
        return range(n)
    a, _, b = spec.partition("-")
    return range(int(a) - 1, int(b or a))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--pages")
    ap.add_argument("--xlsx", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    with pdfplumber.open(a.pdf) as pdf:
        for i in parse_pages(a.pages, len(pdf.pages)):
            for k, t in enumerate(pdf.pages[i].extract_tables(), 1):
                df = pd.DataFrame(t[1:], columns=t[0])
                base = os.path.join(a.out, f"page{i+1}_t{k}")
                df.to_excel(base + ".xlsx", index=False) if a.xlsx else df.to_csv(base + ".csv", index=False)
                print(base, df.shape)


if __name__ == "__main__":
    main()
