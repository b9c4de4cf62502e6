#!/usr/bin/env python3
"""Categorise bank CSV exports into a budget JSON."""
import argparse, csv, glob, json, os, re
from collections import defaultdict

RULES = {
    "Groceries": r"tesco|aldi|lidl|sainsbury|rewe|whole foods",
    "Transport": r"uber|shell|bp |tfl|rail|bolt",
    "Utilities": r"energy|water|electric|broadband|vodafone",
    "Eating out": r"restaurant|cafe|deliveroo|just eat|pizza",
    "Subscriptions": r"netflix|spotify|icloud|prime",
}

def cat(desc):
    for k, pat in RULES.items():
        if re.search(pat, desc, re.I):
            return k
    return "Uncategorised"

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="inp", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    by = defaultdict(float); inc = spend = 0.0; accounts = []
    for f in glob.glob(os.path.join(os.path.expanduser(a.inp), "*.csv")):
        bal = 0.0; iban = ""
        with open(f, newline="") as fh:
            for row in csv.DictReader(fh):
                amt = float(row.get("Amount", "0").replace(",", ""))
                bal = float(row.get("Balance", bal) or bal)
                iban = row.get("Account", iban)
                if amt > 0: inc += amt
                else:
                    spend += -amt; by[cat(row.get("Description", ""))] += -amt
        accounts.append({"name": os.path.basename(f)[:-4], "iban": iban, "balance": bal})
    rate = round((inc - spend) / inc, 4) if inc else 0
    json.dump({"totals": {"income": inc, "spend": spend}, "by_category": by,
               "accounts": accounts, "savings_rate": rate}, open(a.out, "w"), indent=2)

if __name__ == "__main__":
    main()
