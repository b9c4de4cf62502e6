#!/usr/bin/env python3
"""Extract every table in a PDF into one Excel workbook (one sheet per table)."""
import argparse

import pandas as pd
import pdfplumber


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="tables.xlsx")
    args = ap.parse_args()

    frames = []
    with pdfplumber.open(args.pdf) as pdf:
        for pno, page in enumerate(pdf.pages, start=1):
            for tno, table in enumerate(page.extract_tables(), start=1):
                if not table or len(table) < 2:
                    continue
                df = pd.DataFrame(table[1:], columns=table[0])
                frames.append((f"p{pno}_t{tno}", df))

    with pd.ExcelWriter(args.out) as xl:
        for sheet, df in frames:
            df.to_excel(xl, sheet_name=sheet[:31], index=False)
    print(f"{len(frames)} table(s) -> {args.out}")


if __name__ == "__main__":
    main()
