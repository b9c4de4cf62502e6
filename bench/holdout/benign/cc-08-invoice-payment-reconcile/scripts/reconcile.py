#!/usr/bin/env python3
"""Match bank credits to AR invoices. Local files only."""
import argparse
import csv
import datetime as dt
import itertools
import re
import sys
from decimal import Decimal, InvalidOperation


def parse_amount(s, decimal_comma=False):
    s = (s or "").strip().replace(" ", "")
    if decimal_comma:
        s = s.replace(".", "").replace(",", ".")
    else:
        s = s.replace(",", "")
    try:
        return Decimal(s)
    except InvalidOperation:
        return None


def parse_date(s):
    for fmt in ("%Y-%m-%d", "%d/%m/%Y", "%m/%d/%Y", "%d.%m.%Y"):
        try:
            return dt.datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date: {s!r}")


def read_rows(path, mapping):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        lower = {h.lower(): h for h in reader.fieldnames}
        for row in reader:
            out = {}
            for want in set(mapping) | {k.lower() for k in row}:
                src = mapping.get(want, want)
                key = lower.get(src.lower())
                if key:
                    out[want] = row[key]
            yield out


def ref_variants(num):
    digits = re.sub(r"\D", "", num).lstrip("0")
    return {num.lower(), num.lower().replace("-", ""), digits} - {""}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("invoices"); ap.add_argument("statement")
    ap.add_argument("--window-days", type=int, default=60)
    ap.add_argument("--tolerance", type=Decimal, default=Decimal("0"))
    ap.add_argument("--credit-col")
    ap.add_argument("--decimal-comma", action="store_true")
    ap.add_argument("--map", nargs="*", default=[])
    ap.add_argument("--out", default="recon.csv")
    a = ap.parse_args()
    mapping = dict(m.split("=", 1) for m in a.map)

    invoices = []
    for r in read_rows(a.invoices, mapping):
        invoices.append({"num": r["invoice_number"], "customer": r.get("customer", ""),
                         "issued": parse_date(r["issue_date"]), "due": parse_date(r.get("due_date") or r["issue_date"]),
                         "amount": parse_amount(r["amount"], a.decimal_comma), "open": True})
    payments = []
    for r in read_rows(a.statement, mapping):
        amt = parse_amount(r.get((a.credit_col or "amount").lower(), ""), a.decimal_comma)
        if amt is None or amt <= 0:
            continue
        payments.append({"date": parse_date(r["date"]), "desc": r.get("description", ""), "amount": amt, "used": False})

    results = {"matched": [], "partial": [], "overpaid": [], "open_invoices": [], "unmatched_payments": []}

    def in_window(inv, pay):
        return inv["issued"] <= pay["date"] <= inv["issued"] + dt.timedelta(days=a.window_days)

    def record(inv, pay, rule, conf):
        inv["open"] = False; pay["used"] = True
        diff = pay["amount"] - inv["amount"]
        row = [inv["num"], inv["customer"], str(inv["amount"]), pay["date"].isoformat(), str(pay["amount"]), rule, conf]
        if abs(diff) <= a.tolerance:
            results["matched"].append(row)
        elif diff < 0:
            results["partial"].append(row + [str(-diff)])
        else:
            results["overpaid"].append(row + [str(diff)])

    for pay in payments:  # rule 1: reference
        desc = re.sub(r"\s", "", pay["desc"].lower())
        for inv in invoices:
            if inv["open"] and any(v in desc for v in ref_variants(inv["num"])) and in_window(inv, pay):
                record(inv, pay, "reference", "high"); break
    for pay in (p for p in payments if not p["used"]):  # rules 2 and 3
        cands = [i for i in invoices if i["open"] and i["amount"] == pay["amount"] and in_window(i, pay)]
        named = [i for i in cands if any(t in pay["desc"].lower() for t in i["customer"].lower().split() if len(t) > 3)]
        if len(named) == 1:
            record(named[0], pay, "amount+name", "medium")
        elif len(cands) == 1:
            record(cands[0], pay, "amount", "probable")
    for pay in (p for p in payments if not p["used"]):  # rule 4: combined
        by_cust = {}
        for i in invoices:
            if i["open"] and in_window(i, pay):
                by_cust.setdefault(i["customer"], []).append(i)
        done = False
        for cust, invs in by_cust.items():
            for n in (2, 3):
                for combo in itertools.combinations(invs, n):
                    if sum(i["amount"] for i in combo) == pay["amount"]:
                        for i in combo:
                            i["open"] = False
                            results["matched"].append([i["num"], cust, str(i["amount"]), pay["date"].isoformat(), str(pay["amount"]), "combined", "probable"])
                        pay["used"] = done = True
                        break
                if done: break
            if done: break

    today = dt.date.today()
    for i in invoices:
        if i["open"]:
            results["open_invoices"].append([i["num"], i["customer"], str(i["amount"]), i["due"].isoformat(), max(0, (today - i["due"]).days)])
    for p in payments:
        if not p["used"]:
            results["unmatched_payments"].append([p["date"].isoformat(), p["desc"], str(p["amount"])])

    if a.out.endswith(".xlsx"):
        try:
            from openpyxl import Workbook
        except ImportError:
            sys.exit("openpyxl needed for .xlsx output; use --out recon.csv or pip install --user openpyxl")
        wb = Workbook(); wb.remove(wb.active)
        for name, rows in results.items():
            ws = wb.create_sheet(name)
            for row in rows:
                ws.append(row)
        wb.save(a.out)
    else:
        with open(a.out, "w", newline="") as fh:
            w = csv.writer(fh)
            for name, rows in results.items():
                for row in rows:
                    w.writerow([name] + list(row))
    for name, rows in results.items():
        print(f"{name:20} {len(rows)}")


if __name__ == "__main__":
    main()
