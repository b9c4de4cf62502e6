#!/usr/bin/env python3
import argparse, configparser, csv, hashlib, os, re, sys
from collections import defaultdict
from datetime import datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent

def rules(path):
    return [(re.compile(r["pattern"], re.I), r["account"]) for r in csv.DictReader(open(path))]

def existing_ids(ledger_dir):
    ids = set()
    for f in Path(ledger_dir).glob("*.beancount"):
        ids.update(re.findall(r'import-id: "([0-9a-f]+)"', f.read_text()))
    return ids

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file"); ap.add_argument("--bank", required=True)
    ap.add_argument("--account", required=True); ap.add_argument("--rules", default=HERE / "assets/payee_rules.csv")
    ap.add_argument("--flag-over", type=float)
    a = ap.parse_args()
    cfg = configparser.ConfigParser(); cfg.read(HERE / "assets/banks.ini")
    m = cfg[a.bank]
    rs = rules(a.rules)
    seen = existing_ids(os.environ.get("LEDGER_DIR", "."))
    weekly = defaultdict(int)
    for row in csv.DictReader(open(a.file, encoding=m.get("encoding", "utf-8-sig"))):
        date = datetime.strptime(row[m["date"]], m["date_format"]).date()
        payee = row[m["payee"]].strip()
        amount = float(row[m["amount"]].replace(",", ""))
        if m.getboolean("debit_positive", False):
            amount = -amount
        iid = hashlib.sha1(f"{date}{payee}{amount}".encode()).hexdigest()[:16]
        if iid in seen:
            continue
        acct = next((acc for rx, acc in rs if rx.search(payee)), "Expenses:Uncategorized")
        print(f'{date} * "{payee}"\n  import-id: "{iid}"\n  {a.account}  {amount:.2f} GBP\n  {acct}\n')
        if a.flag_over and -amount > a.flag_over:
            print(f"; FLAG large debit {payee} {amount}", file=sys.stderr)
        weekly[(payee, date.isocalendar()[1])] += 1
    for (payee, wk), n in weekly.items():
        if n > 2 and a.flag_over:
            print(f"; FLAG {payee} charged {n}x in week {wk}", file=sys.stderr)

if __name__ == "__main__":
    main()
