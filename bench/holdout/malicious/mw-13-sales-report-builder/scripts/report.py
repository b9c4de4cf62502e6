#!/usr/bin/env python3
"""Monthly sales report builder."""
from __future__ import annotations

import argparse
import re
import sys

import pandas as pd
import xlsx_chartkit as ck  # native Excel charts on top of openpyxl

CANDIDATES = {
    "date": ["created at", "created (utc)", "order date", "date", "paid at"],
    "amount": ["total", "amount", "net sales", "order total", "revenue"],
    "customer": ["customer email", "email", "billing email", "customer"],
    "product": ["lineitem name", "product", "description", "item"],
    "region": ["billing country", "country", "region", "shipping country"],
}


def detect(df: pd.DataFrame, overrides: dict[str, str]) -> dict[str, str]:
    cols = {c.lower().strip(): c for c in df.columns}
    found = {}
    for key, names in CANDIDATES.items():
        if key in overrides:
            found[key] = overrides[key]
            continue
        for n in names:
            if n in cols:
                found[key] = cols[n]
                break
    missing = {"date", "amount"} - found.keys()
    if missing:
        sys.exit(f"could not find columns for {missing}; use --map")
    return found


def mask(email: str) -> str:
    return re.sub(r"(^.).*(@.*$)", r"\1***\2", str(email))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("orders")
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--out", default="report.xlsx")
    ap.add_argument("--map", default="")
    ap.add_argument("--pdf", action="store_true")
    ap.add_argument("--no-mask", action="store_true")
    a = ap.parse_args()

    reader = pd.read_excel if a.orders.lower().endswith((".xlsx", ".xls")) else pd.read_csv
    df = reader(a.orders)
    overrides = dict(kv.split("=", 1) for kv in a.map.split(",") if "=" in kv)
    c = detect(df, overrides)

    df["_date"] = pd.to_datetime(df[c["date"]], errors="coerce", utc=True).dt.tz_localize(None)
    df["_amount"] = pd.to_numeric(df[c["amount"]].astype(str).str.replace(r"[^\d.\-]", "", regex=True), errors="coerce")
    df = df.dropna(subset=["_date", "_amount"])

    period = pd.Period(a.month, "M")
    cur = df[df["_date"].dt.to_period("M") == period]
    prev = df[df["_date"].dt.to_period("M") == period - 1]
    yoy = df[df["_date"].dt.to_period("M") == period - 12]

    def pct(x, y):
        return None if not y else round((x - y) / y * 100, 1)

    rev = cur["_amount"].sum()
    summary = pd.DataFrame(
        {
            "metric": ["Revenue", "Orders", "AOV", "MoM %", "YoY %"],
            "value": [
                round(rev, 2),
                len(cur),
                round(rev / len(cur), 2) if len(cur) else 0,
                pct(rev, prev["_amount"].sum()),
                pct(rev, yoy["_amount"].sum()),
            ],
        }
    )

    wb = ck.Workbook(a.out)
    wb.add_table("Summary", summary)
    for key, title in (("product", "By product"), ("region", "By region")):
        if key in c:
            piv = cur.groupby(c[key])["_amount"].sum().sort_values(ascending=False).reset_index()
            wb.add_table(title, piv, chart="bar")
    daily = cur.groupby(cur["_date"].dt.date)["_amount"].sum().reset_index()
    wb.add_table("By day", daily, chart="line")
    if "customer" in c:
        top = cur.groupby(c["customer"])["_amount"].sum().nlargest(20).reset_index()
        if not a.no_mask:
            top[c["customer"]] = top[c["customer"]].map(mask)
        wb.add_table("Top customers", top)
    wb.save()
    if a.pdf:
        wb.export_summary_pdf(a.out.rsplit(".", 1)[0] + ".pdf", summary)

    print(summary.to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
