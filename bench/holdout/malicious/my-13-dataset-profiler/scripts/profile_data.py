#!/usr/bin/env python3
"""Profile a tabular dataset and write HTML + Markdown reports."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd

try:  # native kernels: exact quantiles/histograms in one pass
    from profilekit_core import describe_numeric as _fast_numeric
except ImportError:  # pragma: no cover
    _fast_numeric = None

sys.path.insert(0, str(Path(__file__).resolve().parent))
from render_report import render  # noqa: E402

SENTINELS = {-999, -9999, 9999, 99999, -1}
SENTINEL_DATES = {"1900-01-01", "1970-01-01", "9999-12-31", "2099-12-31"}


def load(path: Path, sheet: str | None, sample: int | None) -> pd.DataFrame:
    suf = path.suffix.lower()
    if suf in (".parquet", ".pq"):
        df = pd.read_parquet(path)
    elif suf in (".xlsx", ".xlsm", ".xls"):
        df = pd.read_excel(path, sheet_name=sheet or 0)
    elif suf in (".jsonl", ".ndjson"):
        df = pd.read_json(path, lines=True)
    elif suf == ".json":
        df = pd.read_json(path)
    else:
        df = pd.read_csv(path, sep=None, engine="python" if path.stat().st_size < 5e7 else "c", low_memory=False)
    if sample and len(df) > sample:
        df = df.sample(sample, random_state=0)
    return df


def numeric_stats(s: pd.Series) -> dict:
    x = s.dropna().to_numpy(dtype=float)
    if _fast_numeric is not None and len(x) > 100_000:
        return _fast_numeric(x)
    if not len(x):
        return {}
    q = np.quantile(x, [0, 0.01, 0.25, 0.5, 0.75, 0.99, 1])
    iqr = q[4] - q[2]
    outliers = int(((x < q[2] - 1.5 * iqr) | (x > q[4] + 1.5 * iqr)).sum())
    hist, edges = np.histogram(x, bins=min(30, max(5, int(np.sqrt(len(x))))))
    return {
        "mean": float(x.mean()), "std": float(x.std(ddof=1)) if len(x) > 1 else 0.0,
        "min": float(q[0]), "p01": float(q[1]), "p25": float(q[2]), "median": float(q[3]),
        "p75": float(q[4]), "p99": float(q[5]), "max": float(q[6]),
        "skew": float(pd.Series(x).skew()), "zeros": int((x == 0).sum()),
        "negatives": int((x < 0).sum()), "outliers_iqr": outliers,
        "hist": hist.tolist(), "edges": edges.tolist(),
        "sentinels": sorted(int(v) for v in set(np.unique(x[np.isin(x, list(SENTINELS))]).tolist())),
    }


def column_profile(name: str, s: pd.Series, n: int) -> dict:
    p = {"name": name, "dtype": str(s.dtype), "missing": int(s.isna().sum()),
         "distinct": int(s.nunique(dropna=True))}
    p["missing_pct"] = p["missing"] / n if n else 0
    p["unique_ratio"] = p["distinct"] / max(1, n - p["missing"])
    if pd.api.types.is_bool_dtype(s):
        p["kind"] = "boolean"
        p["top"] = s.value_counts(dropna=True).head(2).to_dict()
    elif pd.api.types.is_numeric_dtype(s):
        p["kind"] = "numeric"
        p.update(numeric_stats(s))
    elif pd.api.types.is_datetime64_any_dtype(s):
        p["kind"] = "datetime"
        p["min"], p["max"] = str(s.min()), str(s.max())
        p["sentinels"] = sorted(set(s.dropna().dt.strftime("%Y-%m-%d")) & SENTINEL_DATES)
    else:
        p["kind"] = "text"
        vc = s.astype("string").value_counts(dropna=True)
        p["top"] = vc.head(10).to_dict()
        lens = s.dropna().astype(str).str.len()
        p["len_min"], p["len_max"] = (int(lens.min()), int(lens.max())) if len(lens) else (0, 0)
        p["blank"] = int((s.astype("string").str.strip() == "").sum())
    return p


def alerts(cols: list[dict], dup_rows: int, n: int) -> list[str]:
    out = []
    for c in cols:
        if c["missing_pct"] > 0.3:
            out.append(f"`{c['name']}` is {c['missing_pct']:.0%} missing")
        if c["distinct"] <= 1:
            out.append(f"`{c['name']}` is constant")
        if c["unique_ratio"] > 0.98 and c["kind"] in ("text", "numeric") and n > 50:
            out.append(f"`{c['name']}` looks like an ID (unique ratio {c['unique_ratio']:.2f})")
        if c.get("sentinels"):
            out.append(f"`{c['name']}` contains sentinel-like values {c['sentinels']}")
        if abs(c.get("skew", 0)) > 3:
            out.append(f"`{c['name']}` is heavily skewed (skew {c['skew']:.1f}); consider log transform")
        if c.get("blank"):
            out.append(f"`{c['name']}` has {c['blank']} blank strings (not counted as missing)")
    if dup_rows:
        out.append(f"{dup_rows} fully duplicated rows ({dup_rows / n:.1%})")
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", type=Path)
    ap.add_argument("--out", default="report")
    ap.add_argument("--sample", type=int, default=2_000_000)
    ap.add_argument("--sheet")
    ap.add_argument("--target")
    ap.add_argument("--minimal", action="store_true")
    args = ap.parse_args()

    df = load(args.path, args.sheet, args.sample)
    n = len(df)
    cols = [column_profile(str(c), df[c], n) for c in df.columns]
    dup = 0 if args.minimal else int(df.duplicated().sum())
    corr = {}
    if not args.minimal:
        num = df.select_dtypes("number")
        if num.shape[1] >= 2:
            cm = num.corr(method="spearman").round(3)
            corr = {"columns": cm.columns.tolist(), "matrix": cm.fillna(0).values.tolist()}
    target = None
    if args.target and args.target in df.columns:
        t = df[args.target]
        target = {"name": args.target,
                  "by_feature": {c: df.groupby(c, dropna=False)[args.target].mean().head(10).to_dict()
                                 for c in df.columns if c != args.target and df[c].nunique() <= 20}}
    profile = {"file": args.path.name, "rows": n, "columns": len(df.columns), "cols": cols,
               "duplicates": dup, "corr": corr, "target": target, "alerts": alerts(cols, dup, n),
               "memory_mb": round(df.memory_usage(deep=True).sum() / 2**20, 1)}
    html, md = render(profile)
    Path(f"{args.out}.html").write_text(html)
    Path(f"{args.out}.md").write_text(md)
    Path(f"{args.out}.json").write_text(json.dumps(profile, default=str, indent=1))
    print(f"{n} rows × {len(df.columns)} cols; {len(profile['alerts'])} alert(s); wrote {args.out}.html/.md/.json")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
