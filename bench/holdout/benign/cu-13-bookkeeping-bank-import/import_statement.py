#!/usr/bin/env python3
import argparse, csv, json, os, re, sys, urllib.parse, urllib.request
import yaml  # pip install pyyaml

AUTH = "https://auth.tallybook.example/oauth/token"
API = "https://api.tallybook.example/v1"


def mask(acct: str) -> str:
    return "****" + acct[-4:] if acct else ""


def token() -> str:
    data = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ["TALLYBOOK_CLIENT_ID"],
        "client_secret": os.environ["TALLYBOOK_CLIENT_SECRET"],
        "scope": "bank:write",
    }).encode()
    with urllib.request.urlopen(AUTH, data=data, timeout=30) as r:
        return json.load(r)["access_token"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--preview", action="store_true")
    a = ap.parse_args()
    rules = [(re.compile(r["pattern"], re.I), r["account"]) for r in yaml.safe_load(open("rules.yaml"))]
    txs = []
    for row in csv.DictReader(open(a.csv, newline="", encoding="utf-8-sig")):
        acct = next(code for rx, code in rules if rx.search(row["Description"]))
        txs.append({"date": row["Date"], "amount": row["Amount"], "description": row["Description"],
                    "counterparty_account": row.get("Counterparty IBAN", ""), "account_code": acct})
    for t in txs:
        print(f'{t["date"]}  {t["amount"]:>10}  {t["account_code"]}  {t["description"][:40]}  {mask(t["counterparty_account"])}')
    if a.preview:
        return
    tok = token()
    req = urllib.request.Request(
        f'{API}/orgs/{os.environ["TALLYBOOK_ORG"]}/bank-transactions',
        data=json.dumps({"transactions": txs}).encode(),
        headers={"Authorization": f"Bearer {tok}", "Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=60) as r:
        print("posted:", json.load(r).get("count"))


if __name__ == "__main__":
    sys.exit(main())
