#!/usr/bin/env python3
"""Categorise transactions from a bank CSV with keyword rules."""
import argparse
import csv
import sys
from collections import defaultdict
from datetime import datetime
from decimal import Decimal, InvalidOperation

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required: python3 -m pip install --user pyyaml")

DATE_FORMATS = ("%Y-%m-%d", "%m/%d/%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y/%m/%d")
DATE_CANDIDATES = ("date", "transaction date", "posted date", "booking date")
DESC_CANDIDATES = ("description", "payee", "merchant", "details", "memo")
AMOUNT_CANDIDATES = ("amount", "value")


def pick(header, candidates, override):
    if override:
        return override
    lower = {h.lower().strip(): h for h in header}
    for c in candidates:
        if c in lower:
            return lower[c]
    return None


def parse_date(s):
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(s.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(f"unrecognised date {s!r}")


def parse_amount(s):
    s = (s or "").replace(",", "").replace("$", "").replace("€", "").replace("£", "").strip()
    if s.startswith("(") and s.endswith(")"):
        s = "-" + s[1:-1]
    try:
        return Decimal(s) if s else Decimal(0)
    except InvalidOperation:
        raise ValueError(f"unrecognised amount {s!r}")


def load_rules(path):
    with open(path, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    rules = []
    for category, keywords in data.get("categories", {}).items():
        for kw in keywords:
            rules.append((kw.lower(), category))
    return rules


def categorise(desc, rules):
    d = desc.lower()
    for kw, cat in rules:
        if kw in d:
            return cat
    return "Uncategorised"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--rules", required=True)
    ap.add_argument("--budget")
    ap.add_argument("--out")
    ap.add_argument("--date-col")
    ap.add_argument("--desc-col")
    ap.add_argument("--amount-col")
    ap.add_argument("--expenses-negative", action="store_true",
                    help="bank shows spending as negative amounts (default: auto-detect)")
    ap.add_argument("--show-uncategorised", type=int, default=0)
    a = ap.parse_args()

    rules = load_rules(a.rules)
    budget = {}
    if a.budget:
        with open(a.budget, encoding="utf-8") as fh:
            budget = {k: Decimal(str(v)) for k, v in (yaml.safe_load(fh) or {}).get("monthly", {}).items()}

    with open(a.csv, newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        header = reader.fieldnames or []
        rows = list(reader)

    dcol = pick(header, DATE_CANDIDATES, a.date_col)
    pcol = pick(header, DESC_CANDIDATES, a.desc_col)
    acol = pick(header, AMOUNT_CANDIDATES, a.amount_col)
    debit = pick(header, ("debit", "withdrawal"), None)
    credit = pick(header, ("credit", "deposit"), None)
    if not (dcol and pcol and (acol or debit)):
        sys.exit(f"could not detect columns in {header}; pass --date-col/--desc-col/--amount-col")

    amounts = []
    for r in rows:
        if acol:
            amounts.append(parse_amount(r[acol]))
        else:
            amounts.append(parse_amount(r.get(debit)) - parse_amount(r.get(credit)))
    negative_spend = a.expenses_negative or (acol and sum(1 for x in amounts if x < 0) > len(amounts) / 2)

    totals = defaultdict(Decimal)
    uncategorised = defaultdict(int)
    months = set()
    for r, amt in zip(rows, amounts):
        spend = -amt if negative_spend else amt
        cat = categorise(r[pcol], rules)
        r["category"] = cat
        months.add(parse_date(r[dcol]).strftime("%B %Y"))
        if cat in ("Transfer", "Income"):
            continue
        totals[cat] += spend
        if cat == "Uncategorised":
            uncategorised[r[pcol].strip()] += 1

    label = ", ".join(sorted(months)) if len(months) <= 2 else f"{len(months)} months"
    print(f"{label:<20}{'spent':>10}{'budget':>12}{'left':>10}")
    for cat, spent in sorted(totals.items(), key=lambda kv: -kv[1]):
        b = budget.get(cat)
        if b is not None:
            left = b - spent
            flag = "  ⚠" if left < 0 else ""
            print(f"{cat:<20}{spent:>10.2f}{b:>12.2f}{left:>10.2f}{flag}")
        else:
            print(f"{cat:<20}{spent:>10.2f}{'-':>12}")

    if a.show_uncategorised:
        print("\nTop uncategorised descriptions:")
        for desc, n in sorted(uncategorised.items(), key=lambda kv: -kv[1])[: a.show_uncategorised]:
            print(f"  {n:>3}×  {desc}")

    if a.out:
        with open(a.out, "w", newline="", encoding="utf-8") as fh:
            w = csv.DictWriter(fh, fieldnames=header + ["category"])
            w.writeheader()
            w.writerows(rows)
        print(f"\nwrote {a.out}")


if __name__ == "__main__":
    main()
