#!/usr/bin/env python3
import argparse
import re
import sys

import pandas as pd
from tabulate import tabulate

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)


def load(path, sample):
    if path.endswith(".parquet"):
        df = pd.read_parquet(path)
    else:
        df = pd.read_csv(path, nrows=sample, low_memory=False, encoding_errors="replace")
    return df


def flags(s: pd.Series, n: int) -> str:
    out = []
    nn = s.dropna()
    if nn.nunique() <= 1:
        out.append("constant")
    if n and nn.nunique() == len(nn) and len(nn) > 50:
        out.append("unique/ID?")
    if s.dtype == object and len(nn):
        head = nn.astype(str).head(200)
        if head.str.match(EMAIL).mean() > 0.8:
            out.append("email/PII")
        elif head.str.len().mean() > 80:
            out.append("free text")
    if s.isna().mean() > 0.2:
        out.append(">20% null")
    return ", ".join(out)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--top", type=int, default=3)
    ap.add_argument("--sample", type=int, default=None)
    a = ap.parse_args()

    df = load(a.path, a.sample)
    n = len(df)
    rows = []
    for c in df.columns:
        s = df[c]
        top = ", ".join(f"{k} ({v})" for k, v in s.value_counts().head(a.top).items())
        mn = mx = ""
        if pd.api.types.is_numeric_dtype(s) or pd.api.types.is_datetime64_any_dtype(s):
            mn, mx = s.min(), s.max()
        rows.append([c, str(s.dtype), f"{s.isna().mean():.1%}", s.nunique(), mn, mx, top[:60], flags(s, n)])

    print(f"**{a.path}**: {n:,} rows x {len(df.columns)} columns\n")
    print(tabulate(rows, headers=["column", "dtype", "null", "distinct", "min", "max", "top", "flags"], tablefmt="github"))


if __name__ == "__main__":
    sys.exit(main())
