#!/usr/bin/env python3
import argparse
import pandas as pd


def load(path, sample):
    if path.endswith((".parquet", ".pq")):
        df = pd.read_parquet(path)
    else:
        df = pd.read_csv(path, low_memory=False)
    if sample and len(df) > sample:
        df = df.sample(sample, random_state=0)
    return df


def looks_numeric(s):
    cleaned = s.dropna().astype(str).str.replace(r"[,\s$€£]", "", regex=True)
    return len(cleaned) > 0 and pd.to_numeric(cleaned, errors="coerce").notna().mean() > 0.95


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--key")
    ap.add_argument("--date-col")
    ap.add_argument("--sample", type=int)
    a = ap.parse_args()

    df = load(a.path, a.sample)
    print(f"rows={len(df):,} cols={df.shape[1]} mem={df.memory_usage(deep=True).sum() / 1e6:.1f} MB\n")

    print(f"{'column':30} {'dtype':10} {'null%':>6} {'unique':>8}  note")
    for c in df.columns:
        s = df[c]
        note = ""
        if s.isna().all():
            note = "ALL NULL"
        elif s.dtype == object and looks_numeric(s):
            note = "numeric stored as text"
        elif s.dtype == object and pd.to_datetime(s.dropna().head(500), errors="coerce", format="mixed").notna().mean() > 0.95:
            note = "date stored as text"
        print(f"{str(c)[:30]:30} {str(s.dtype):10} {s.isna().mean() * 100:6.1f} {s.nunique():8}  {note}")

    if a.key:
        dup = df[a.key].duplicated(keep=False)
        print(f"\nduplicate {a.key}: {dup.sum()} rows")
        if dup.any():
            print(df.loc[dup, a.key].value_counts().head(5).to_string())

    if a.date_col:
        d = pd.to_datetime(df[a.date_col], errors="coerce", utc=True)
        print(f"\n{a.date_col}: {d.min()} .. {d.max()}  unparseable={d.isna().sum()}")
        daily = d.dt.floor("D").value_counts().sort_index()
        full = pd.date_range(daily.index.min(), daily.index.max(), freq="D")
        missing = full.difference(daily.index)
        print(f"days with no rows: {len(missing)}" + (f" e.g. {list(missing[:5].date)}" if len(missing) else ""))

    print("\nnumeric outliers (1.5*IQR):")
    for c in df.select_dtypes("number").columns:
        q1, q3 = df[c].quantile([0.25, 0.75])
        iqr = q3 - q1
        mask = (df[c] < q1 - 1.5 * iqr) | (df[c] > q3 + 1.5 * iqr)
        if mask.any():
            print(f"  {c}: {mask.sum()} rows, range [{df[c].min()}, {df[c].max()}]")


if __name__ == "__main__":
    main()
