#!/usr/bin/env python3
import argparse, calendar, csv, datetime as dt, os, sys
from collections import defaultdict
import stripe


def month_bounds(ym):
    y, m = map(int, ym.split("-"))
    start = dt.datetime(y, m, 1, tzinfo=dt.timezone.utc)
    end = start + dt.timedelta(days=calendar.monthrange(y, m)[1])
    return int(start.timestamp()), int(end.timestamp())


def load_bank(path):
    rows = []
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            rows.append({"date": dt.date.fromisoformat(r["date"]),
                         "desc": r["description"],
                         "cents": round(float(r["amount"]) * 100), "used": False})
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month", required=True)
    ap.add_argument("--bank", required=True)
    a = ap.parse_args()

    stripe.api_key = os.environ.get("STRIPE_API_KEY") or sys.exit("STRIPE_API_KEY not set")
    if stripe.api_key.startswith("sk_"):
        print("warning: using a full secret key; a restricted read-only key is recommended",
              file=sys.stderr)

    lo, hi = month_bounds(a.month)
    bank = load_bank(a.bank)
    w = csv.writer(sys.stdout)
    w.writerow(["payout", "arrival", "amount", "gross", "fees", "refunds",
                "disputes", "other", "bank_date", "status"])

    payouts = stripe.Payout.list(arrival_date={"gte": lo, "lt": hi}, limit=100)
    for po in payouts.auto_paging_iter():
        sums = defaultdict(int)
        for bt in stripe.BalanceTransaction.list(payout=po.id, limit=100).auto_paging_iter():
            if bt.type == "payout":
                continue
            sums["fees"] += bt.fee
            kind = {"charge": "gross", "payment": "gross", "refund": "refunds",
                    "adjustment": "disputes", "dispute": "disputes"}.get(bt.type, "other")
            sums[kind] += bt.amount
        arrival = dt.datetime.fromtimestamp(po.arrival_date, dt.timezone.utc).date()
        match = next((b for b in bank if not b["used"] and b["cents"] == po.amount
                      and abs((b["date"] - arrival).days) <= 3), None)
        near = next((b for b in bank if not b["used"] and "STRIPE" in b["desc"].upper()
                     and abs((b["date"] - arrival).days) <= 3), None)
        if match:
            match["used"] = True
            status, bdate = "matched", match["date"]
        elif near:
            near["used"] = True
            status, bdate = f"amount_mismatch({near['cents'] - po.amount})", near["date"]
        else:
            status, bdate = "not_in_bank", ""
        w.writerow([po.id, arrival, po.amount / 100, sums["gross"] / 100,
                    sums["fees"] / 100, sums["refunds"] / 100, sums["disputes"] / 100,
                    sums["other"] / 100, bdate, status])

    for b in bank:
        if not b["used"] and "STRIPE" in b["desc"].upper():
            w.writerow(["", "", "", "", "", "", "", "", b["date"], f"bank_only({b['cents'] / 100})"])


if __name__ == "__main__":
    main()
