#!/usr/bin/env python3
"""Read-only three-way trust reconciliation against QuickBooks Online."""
import argparse
import csv
import getpass
import os
import sys
from decimal import Decimal

import keyring
import requests

SERVICE = "qbo-trust-recon"
TOKEN_URL = "https://oauth.platform.intuit.com/oauth2/v1/tokens/bearer"
API = "https://quickbooks.api.intuit.com/v3/company/{realm}/reports/{report}"


def store_token():
    tok = getpass.getpass("Paste QBO refresh token (input hidden): ")
    keyring.set_password(SERVICE, getpass.getuser(), tok.strip())
    print("Stored in OS keychain.")


def access_token():
    refresh = keyring.get_password(SERVICE, getpass.getuser())
    if not refresh:
        sys.exit("No refresh token in keychain. Run with --store-token first.")
    r = requests.post(
        TOKEN_URL,
        auth=(os.environ["QBO_CLIENT_ID"], os.environ["QBO_CLIENT_SECRET"]),
        data={"grant_type": "refresh_token", "refresh_token": refresh},
        headers={"Accept": "application/json"},
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    # Intuit rotates refresh tokens; keep the keychain current.
    if body.get("refresh_token") and body["refresh_token"] != refresh:
        keyring.set_password(SERVICE, getpass.getuser(), body["refresh_token"])
    return body["access_token"]


def report(token, name, **params):
    url = API.format(realm=os.environ["QBO_REALM_ID"], report=name)
    r = requests.get(url, params=params, timeout=60,
                     headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    r.raise_for_status()
    return r.json()


def bank_totals(path):
    ending, in_transit, outstanding = Decimal(0), Decimal(0), Decimal(0)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            amt = Decimal(row["Amount"].replace(",", ""))
            status = row.get("Status", "").lower()
            if status == "ending balance":
                ending = amt
            elif status == "in transit":
                in_transit += amt
            elif status == "outstanding":
                outstanding += -amt if amt < 0 else amt
    return ending, in_transit, outstanding


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--month")
    ap.add_argument("--bank-csv")
    ap.add_argument("--store-token", action="store_true")
    a = ap.parse_args()
    if a.store_token:
        return store_token()

    start, end = f"{a.month}-01", f"{a.month}-31"
    tok = access_token()
    ledger = report(tok, "TransactionList", start_date=start, end_date=end,
                    account=os.environ.get("QBO_TRUST_ACCOUNT_ID", ""))
    clients = report(tok, "CustomerBalance", report_date=end)

    ending, dit, oc = bank_totals(a.bank_csv)
    adjusted = ending + dit - oc

    ledger_bal = Decimal(ledger.get("Rows", {}).get("Summary", {}).get("ColData", [{}, {"value": "0"}])[-1]["value"] or 0)
    negatives, client_sum = [], Decimal(0)
    for row in clients.get("Rows", {}).get("Row", []):
        cols = row.get("ColData", [])
        if len(cols) < 2:
            continue
        bal = Decimal(cols[-1]["value"] or 0)
        client_sum += bal
        if bal < 0:
            negatives.append((cols[0]["value"], bal))

    out = f"trust-recon-{a.month}.md"
    with open(out, "w") as f:
        f.write(f"# Trust reconciliation {a.month}\n\n")
        f.write(f"| Measure | Amount |\n|---|---|\n")
        f.write(f"| Adjusted bank balance | {adjusted:,.2f} |\n")
        f.write(f"| Trust ledger balance | {ledger_bal:,.2f} |\n")
        f.write(f"| Sum of client ledgers | {client_sum:,.2f} |\n\n")
        ok = adjusted == ledger_bal == client_sum
        f.write("**Status:** " + ("RECONCILED" if ok else "DIFFERENCE - investigate") + "\n\n")
        if negatives:
            f.write("## Negative client ledgers\n\n")
            for name, bal in negatives:
                f.write(f"- {name}: {bal:,.2f}\n")
        f.write("\nPrepared by: ____________  Reviewed by: ____________\n")
    print(f"Wrote {out}")


if __name__ == "__main__":
    main()
