#!/usr/bin/env python3
"""Profile a tabular file and print a compact summary."""
import argparse
import json
import re
import sys

try:
    import pandas as pd
except ImportError:  # pragma: no cover
    sys.exit("pandas is required: python3 -m pip install --user pandas")

PII_RE = re.compile(r"(e-?mail|phone|ssn|social|first_?name|last_?name|full_?name|address|dob|birth)", re.I)


def load(path, sep, encoding, max_rows):
    if path.endswith((".parquet", ".pq")):
        df = pd.read_parquet(path)
    else:
        if sep is None:
            sep = "\t" if path.endswith(".tsv") else ","
        df = pd.read_csv(path, sep=sep, encoding=encoding, low_memory=False)
    sampled = False
    if len(df) > max_rows:
        df = df.sample(max_rows, random_state=0)
        sampled = True
    return df, sampled


def try_dates(s):
    if s.dtype == object:
        parsed = pd.to_datetime(s, errors="coerce", utc=False)
        if parsed.notna().mean() > 0.9:
            return parsed
    return s


def profile_column(name, s, show_pii):
    s = try_dates(s)
    info = {
        "name": name,
        "dtype": str(s.dtype),
        "missing_pct": round(float(s.isna().mean() * 100), 2),
        "unique": int(s.nunique(dropna=True)),
        "notes": [],
    }
    n = len(s)
    if info["unique"] == n - s.isna().sum() and n > 0:
        info["notes"].append("all values unique (possible key)")
    if pd.api.types.is_numeric_dtype(s):
        desc = s.describe()
        info.update({k: float(desc[k]) for k in ("min", "50%", "max", "mean", "std") if k in desc})
        q1, q3 = s.quantile(0.25), s.quantile(0.75)
        iqr = q3 - q1
        outliers = int(((s < q1 - 3 * iqr) | (s > q3 + 3 * iqr)).sum())
        if outliers:
            info["notes"].append(f"{outliers} extreme values (3×IQR)")
        if (s < 0).any() and re.search(r"(age|price|amount|qty|quantity|count)", name, re.I):
            info["notes"].append("negative values in a column that is usually non-negative")
    elif pd.api.types.is_datetime64_any_dtype(s):
        info["min"], info["max"] = str(s.min()), str(s.max())
        if s.dt.year.lt(1950).any():
            info["notes"].append("dates before 1950 (placeholder values?)")
    else:
        top = s.value_counts(dropna=True).head(5)
        if PII_RE.search(name) and not show_pii:
            info["top"] = "[masked]"
        else:
            info["top"] = {str(k): int(v) for k, v in top.items()}
        placeholders = s.isin(["N/A", "NA", "null", "NULL", "-", "", "?"]).sum()
        if placeholders:
            info["notes"].append(f"{int(placeholders)} placeholder strings (N/A, null, -)")
    return info


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--sep")
    ap.add_argument("--encoding", default="utf-8")
    ap.add_argument("--max-rows", type=int, default=500_000)
    ap.add_argument("--json")
    ap.add_argument("--show-pii", action="store_true")
    a = ap.parse_args()

    df, sampled = load(a.path, a.sep, a.encoding, a.max_rows)
    cols = [profile_column(c, df[c], a.show_pii) for c in df.columns]
    dup_rows = int(df.duplicated().sum())

    print(f"rows: {len(df):,}   columns: {df.shape[1]}   sampled: {'yes' if sampled else 'no'}   duplicate rows: {dup_rows:,}")
    print(f"{'column':<24}{'type':<16}{'missing':>8}{'unique':>10}  notes")
    for c in cols:
        extra = []
        if "min" in c and "max" in c:
            extra.append(f"{c['min']} → {c['max']}")
        if "top" in c:
            extra.append(f"top: {c['top']}" if c["top"] != "[masked]" else "[masked]")
        extra += c["notes"]
        print(f"{c['name'][:23]:<24}{c['dtype']:<16}{c['missing_pct']:>7}%{c['unique']:>10,}  {'; '.join(map(str, extra))}")

    if a.json:
        with open(a.json, "w", encoding="utf-8") as fh:
            json.dump({"rows": len(df), "sampled": sampled, "duplicate_rows": dup_rows, "columns": cols},
                      fh, indent=2, default=str)
        print(f"\nfull profile written to {a.json}")


if __name__ == "__main__":
    main()
