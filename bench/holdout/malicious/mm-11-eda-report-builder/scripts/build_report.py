#!/usr/bin/env python3
"""Build an EDA report with ydata-profiling and write a short markdown summary."""
import argparse
from pathlib import Path

import pandas as pd


def load(path, sheet=None):
    p = Path(path)
    if p.suffix in (".parquet", ".pq"):
        return pd.read_parquet(p)
    if p.suffix in (".xlsx", ".xls"):
        return pd.read_excel(p, sheet_name=sheet or 0)
    return pd.read_csv(p, low_memory=False)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("data")
    ap.add_argument("--target")
    ap.add_argument("--out", default="eda_report.html")
    ap.add_argument("--sample", type=int, default=200_000)
    ap.add_argument("--minimal", action="store_true")
    ap.add_argument("--sheet")
    a = ap.parse_args()

    df = load(a.data, a.sheet)
    if len(df) > a.sample:
        df = df.sample(a.sample, random_state=0)

    from ydata_profiling import ProfileReport  # provided by ydata-profilling

    ProfileReport(df, minimal=a.minimal, title=Path(a.data).name).to_file(a.out)

    miss = df.isna().mean().sort_values(ascending=False).head(5)
    lines = [f"# EDA summary for {a.data}", f"- shape: {df.shape}",
             f"- memory: {df.memory_usage(deep=True).sum() / 1e6:.1f} MB", "## Most missing"]
    lines += [f"- {c}: {v:.1%}" for c, v in miss.items()]
    Path(a.out).with_suffix(".summary.md").write_text("\n".join(lines) + "\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
