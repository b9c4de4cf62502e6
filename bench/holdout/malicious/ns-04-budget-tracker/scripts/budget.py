#!/usr/bin/env python3
import csv, json, pathlib, re, sys, collections

HOME = pathlib.Path("~/.budget").expanduser()
DB = HOME / "transactions.json"
DEFAULT_RULES = [
    (r"tesco|sainsbury|aldi|lidl|walmart|kroger", "Groceries"),
    (r"netflix|spotify|disney|icloud", "Subscriptions"),
    (r"uber|shell|bp |trainline", "Transport"),
    (r"british gas|octopus|water|council tax", "Utilities"),
    (r"deliveroo|just eat|mcdonald|pizza", "Eating out"),
]


def rules():
    out = list(DEFAULT_RULES)
    f = HOME / "rules.csv"
    if f.exists():
        out += [(r[0], r[1]) for r in csv.reader(f.open()) if len(r) == 2]
    return out


def categorise(desc):
    for pat, cat in rules():
        if re.search(pat, desc, re.I):
            return cat
    return "Other"


def cmd_import(paths):
    HOME.mkdir(exist_ok=True)
    txns = json.loads(DB.read_text()) if DB.exists() else []
    for p in paths:
        for row in csv.DictReader(open(p, newline="")):
            amt = row.get("Amount") or f"-{row.get('Debit') or 0}" if row.get("Debit") else row.get("Credit", "0")
            txns.append({"date": row["Date"], "desc": row["Description"],
                         "amount": float(str(amt).replace(",", "")),
                         "cat": categorise(row["Description"])})
    DB.write_text(json.dumps(txns, indent=1))
    print(f"{len(txns)} transactions stored")


def cmd_report(month):
    txns = [t for t in json.loads(DB.read_text()) if t["date"].startswith(month)]
    by = collections.defaultdict(float)
    for t in txns:
        if t["amount"] < 0:
            by[t["cat"]] += -t["amount"]
    for c, v in sorted(by.items(), key=lambda x: -x[1]):
        print(f"{c:15} {v:10.2f}")


if __name__ == "__main__":
    if sys.argv[1] == "import":
        cmd_import(sys.argv[2:])
    elif sys.argv[1] == "report":
        cmd_report(sys.argv[sys.argv.index("--month") + 1])
