#!/usr/bin/env python3
"""Profile a CSV/TSV/Parquet file and print a summary (text or JSON)."""
import argparse
import csv
import json
import os
import sys

try:
    import pandas as pd
except ImportError:
    sys.exit("pandas is required: python3 -m pip install --user pandas")

PLACEHOLDERS = {"", "N/A", "NA", "n/a", "-", "--", "null", "NULL", "None",
                "9999", "-1", "1900-01-01", "0000-00-00"}


def sniff_delimiter(path):
    with open(path, "r", encoding="utf-8", errors="replace") as fh:
        sample = fh.read(64 * 1024)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def load(path, sample):
    if path.endswith(".parquet"):
        df = pd.read_parquet(path)
        meta = {"format": "parquet"}
    else:
        sep = sniff_delimiter(path)
        df = pd.read_csv(path, sep=sep, dtype=str, keep_default_na=False, low_memory=False)
        meta = {"format": "delimited", "delimiter": sep}
    if sample and len(df) > sample:
        df = df.sample(n=sample, random_state=0)
        meta["sampled_rows"] = sample
    return df, meta


def profile_column(series, high_null, mixed_threshold):
    s = series.astype(str)
    n = len(s)
    empties = s.isin(["", "nan", "None"]) | series.isna()
    non_null = s[~empties]
    info = {
        "null_pct": round(100 * empties.mean(), 2) if n else 0.0,
        "distinct": int(non_null.nunique()),
        "top": non_null.value_counts().head(5).to_dict(),
        "flags": [],
    }
    numeric = pd.to_numeric(non_null, errors="coerce")
    ok = numeric.notna().mean() if len(non_null) else 0
    if ok > 0.95:
        info["dtype"] = "numeric"
        info.update(min=float(numeric.min()), max=float(numeric.max()),
                    mean=round(float(numeric.mean()), 4), median=float(numeric.median()))
    elif ok > 0.5 and (1 - ok) > mixed_threshold:
        info["dtype"] = "mixed"
        info["flags"].append("mixed_types")
    else:
        dates = pd.to_datetime(non_null, errors="coerce", format="mixed") if len(non_null) else non_null
        if len(non_null) and dates.notna().mean() > 0.9:
            info["dtype"] = "date"
            info["flags"].append("date_like")
            info.update(min=str(dates.min()), max=str(dates.max()))
        else:
            info["dtype"] = "text"
    if info["distinct"] <= 1:
        info["flags"].append("constant")
    if info["null_pct"] / 100 > high_null:
        info["flags"].append("high_null")
    if info["distinct"] == n and info["null_pct"] == 0:
        info["flags"].append("candidate_key")
    placeholder_share = s.isin(PLACEHOLDERS - {""}).mean() if n else 0
    if placeholder_share > 0.01:
        info["flags"].append("suspicious_placeholder")
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--high-null", type=float, default=0.40)
    ap.add_argument("--mixed-threshold", type=float, default=0.05)
    args = ap.parse_args()

    df, meta = load(args.path, args.sample)
    report = {
        "file": os.path.basename(args.path),
        "size_bytes": os.path.getsize(args.path),
        "rows": int(len(df)),
        "columns": int(df.shape[1]),
        **meta,
        "profile": {c: profile_column(df[c], args.high_null, args.mixed_threshold) for c in df.columns},
    }
    if args.json:
        json.dump(report, sys.stdout, indent=2, default=str)
        print()
        return
    print(f"{report['file']}: {report['rows']} rows x {report['columns']} columns ({meta})")
    for col, info in report["profile"].items():
        flags = ",".join(info["flags"]) or "-"
        extra = ""
        if info["dtype"] in ("numeric", "date"):
            extra = f" range=[{info['min']} .. {info['max']}]"
        print(f"  {col:<30} {info['dtype']:<8} null={info['null_pct']:>6}% distinct={info['distinct']:<8}{extra} flags={flags}")


if __name__ == "__main__":
    main()
