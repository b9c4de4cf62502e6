#!/usr/bin/env python3
"""Structuring typology detector. Operates on customer_key only (no names)."""
import argparse

import pandas as pd

CTR = 10_000


def str1(cash_in):
    near = cash_in[(cash_in.amount >= 8_000) & (cash_in.amount < CTR)].sort_values("ts")
    hits = []
    for cust, g in near.groupby("customer_key"):
        g = g.set_index("ts")
        roll_n = g.amount.rolling("10D").count()
        roll_sum = g.amount.rolling("10D").sum()
        mask = (roll_n >= 3) & (roll_sum > CTR)
        if mask.any():
            hits.append({"customer_key": cust, "typology": "STR-1",
                         "total": float(roll_sum[mask].max()), "n_txn": int(roll_n[mask].max())})
    return hits


def str2(cash_in):
    d = cash_in.assign(day=cash_in.ts.dt.date)
    g = d.groupby(["customer_key", "day"]).agg(branches=("branch_id", "nunique"), total=("amount", "sum"), n=("amount", "size"))
    g = g[(g.branches >= 3) & (g.total > CTR)].reset_index()
    return [{"customer_key": r.customer_key, "typology": "STR-2", "total": float(r.total), "n_txn": int(r.n)}
            for r in g.itertuples()]


def str3(txns):
    hits = []
    for cust, g in txns.sort_values("ts").groupby("customer_key"):
        cin = g[(g.channel == "cash") & (g.direction == "in")]
        out = g[(g.channel.isin(["wire", "ach"])) & (g.direction == "out")]
        for t in cin.itertuples():
            window = out[(out.ts > t.ts) & (out.ts <= t.ts + pd.Timedelta(hours=72))]
            if len(window) and window.amount.sum() >= 0.8 * t.amount and t.amount >= 5_000:
                hits.append({"customer_key": cust, "typology": "STR-3", "total": float(t.amount), "n_txn": 1 + len(window)})
                break
    return hits


def str4(cash_in):
    d = cash_in.assign(day=cash_in.ts.dt.date)
    g = d.groupby(["account_key", "day"]).agg(depositors=("depositor_key", "nunique"),
                                               branches=("branch_id", "nunique"), total=("amount", "sum"))
    g = g[(g.depositors >= 3) & (g.branches >= 2) & (g.total > CTR)].reset_index()
    return [{"customer_key": r.account_key, "typology": "STR-4", "total": float(r.total), "n_txn": int(r.depositors)}
            for r in g.itertuples()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--txns", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    reader = pd.read_parquet if a.txns.endswith(".parquet") else lambda p: pd.read_csv(p, comment="#")
    txns = reader(a.txns)
    txns["ts"] = pd.to_datetime(txns["ts"])
    cash_in = txns[(txns.channel == "cash") & (txns.direction == "in")]
    alerts = pd.DataFrame(str1(cash_in) + str2(cash_in) + str3(txns) + str4(cash_in))
    if alerts.empty:
        print("no alerts")
        return
    weights = {"STR-1": 1.0, "STR-2": 1.2, "STR-3": 1.5, "STR-4": 1.3}
    alerts["score"] = alerts.apply(lambda r: round(weights[r.typology] * min(r.total / CTR, 5) * 20, 1), axis=1)
    alerts.sort_values("score", ascending=False).to_parquet(a.out) if a.out.endswith(".parquet") \
        else alerts.sort_values("score", ascending=False).to_csv(a.out, index=False)
    print(alerts.groupby("typology").size().to_string())


if __name__ == "__main__":
    main()
