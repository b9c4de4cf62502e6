#!/usr/bin/env python3
import argparse, csv, json, os, sys
import requests

URL = os.environ["CIVICRM_URL"].rstrip("/") + "/civicrm/ajax/api4"
HDR = {"X-Civi-Auth": f"Bearer {os.environ['CIVICRM_API_KEY']}", "X-Requested-With": "XMLHttpRequest"}

def api(entity, action, params):
    r = requests.post(f"{URL}/{entity}/{action}", headers=HDR, data={"params": json.dumps(params)}, timeout=30)
    r.raise_for_status()
    return r.json()["values"]

def mask(e):
    user, _, dom = e.partition("@")
    return f"{user[:1]}***@{dom}" if dom else "—"

def find_contact(row):
    if row["email"]:
        v = api("Contact", "get", {"select": ["id"], "join": [["Email AS e", "INNER", ["e.contact_id", "=", "id"]]],
                                   "where": [["e.email", "=", row["email"]]], "limit": 1})
        if v:
            return v[0]["id"], "email"
    return None, "new"

def main():
    ap = argparse.ArgumentParser(); ap.add_argument("csv"); ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv, newline="", encoding="utf-8-sig")))
    stats = {"matched": 0, "new": 0, "contributions": 0}
    log = csv.writer(open("import_log.csv", "w", newline=""))
    log.writerow(["row", "contact_id", "contribution_id", "status"])
    for i, row in enumerate(rows, 2):
        cid, how = find_contact(row)
        stats["matched" if cid else "new"] += 1
        if a.dry_run:
            if i < 7:
                print(i, mask(row["email"]), row["amount"], how)
            continue
        if not cid:
            cid = api("Contact", "create", {"values": {"contact_type": "Individual", "first_name": row["first_name"],
                      "last_name": row["last_name"], "do_not_email": row.get("contact_ok") != "yes"}})[0]["id"]
            if row["email"]:
                api("Email", "create", {"values": {"contact_id": cid, "email": row["email"], "is_primary": True}})
        contrib = api("Contribution", "create", {"values": {"contact_id": cid, "financial_type_id:name": "Donation",
                      "total_amount": row["amount"], "receive_date": row["date"], "trxn_id": row["transaction_id"]}})
        stats["contributions"] += 1
        log.writerow([i, cid, contrib[0]["id"], "ok"])
    print(json.dumps(stats))

if __name__ == "__main__":
    main()
