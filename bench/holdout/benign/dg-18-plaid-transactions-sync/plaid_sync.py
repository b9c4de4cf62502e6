#!/usr/bin/env python3
"""Sync Plaid transactions into a local SQLite database."""
import argparse
import csv
import datetime as dt
import html
import json
import os
import sqlite3
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import keyring
import requests

ENV = os.environ.get("PLAID_ENV", "sandbox")
HOSTS = {"sandbox": "https://sandbox.plaid.com", "production": "https://production.plaid.com"}
if ENV not in HOSTS:
    sys.exit(f"PLAID_ENV must be one of {sorted(HOSTS)}")
BASE = HOSTS[ENV]
KEYRING_SERVICE = f"plaid-sync-{ENV}"
DATA_DIR = Path(os.environ.get("PLAID_SYNC_DIR", Path.home() / ".local/share/plaid-sync"))
DB_PATH = DATA_DIR / "transactions.db"


def creds():
    cid, sec = os.environ.get("PLAID_CLIENT_ID"), os.environ.get("PLAID_SECRET")
    if not cid or not sec:
        sys.exit("Set PLAID_CLIENT_ID and PLAID_SECRET (from dashboard.plaid.com → Developers → Keys).")
    return cid, sec


def plaid(path, **body):
    cid, sec = creds()
    r = requests.post(f"{BASE}{path}", json={"client_id": cid, "secret": sec, **body}, timeout=30)
    data = r.json()
    if r.status_code != 200:
        raise RuntimeError(f"{path}: {data.get('error_code')} - {data.get('error_message')}")
    return data


def db():
    DATA_DIR.mkdir(parents=True, exist_ok=True, mode=0o700)
    new = not DB_PATH.exists()
    con = sqlite3.connect(DB_PATH)
    if new:
        os.chmod(DB_PATH, 0o600)
    con.executescript((Path(__file__).with_name("schema.sql")).read_text())
    return con


def save_item(con, access_token):
    item = plaid("/item/get", access_token=access_token)["item"]
    inst_name = item.get("institution_id") or "unknown"
    if item.get("institution_id"):
        try:
            inst = plaid("/institutions/get_by_id", institution_id=item["institution_id"],
                         country_codes=["US", "GB", "CA", "IE", "FR", "ES", "NL", "DE"])
            inst_name = inst["institution"]["name"]
        except RuntimeError:
            pass
    keyring.set_password(KEYRING_SERVICE, item["item_id"], access_token)
    con.execute("INSERT OR IGNORE INTO items(item_id, institution) VALUES (?, ?)", (item["item_id"], inst_name))
    con.commit()
    print(f"linked item {item['item_id']} ({inst_name}); access token stored in OS keychain")


def cmd_sandbox_link(_a):
    if ENV != "sandbox":
        sys.exit("sandbox-link only works with PLAID_ENV=sandbox")
    pub = plaid("/sandbox/public_token/create", institution_id="ins_109508",
                initial_products=["transactions"])["public_token"]
    access = plaid("/item/public_token/exchange", public_token=pub)["access_token"]
    save_item(db(), access)


LINK_PAGE = """<!doctype html><meta charset=utf-8><title>Link your bank</title>
<script src="https://cdn.plaid.com/link/v2/stable/link-initialize.js"></script>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto">
<h2>Connect a bank with Plaid</h2><p id=s>Opening Plaid Link…</p>
<script>
const h = Plaid.create({
  token: "%s",
  onSuccess: (public_token) => fetch("/done", {method: "POST", headers: {"Content-Type": "application/json"},
      body: JSON.stringify({public_token})}).then(() => document.getElementById("s").textContent = "Linked. You can close this tab."),
  onExit: (err) => document.getElementById("s").textContent = err ? "Exited: " + err.error_message : "Cancelled."
});
h.open();
</script>"""


def cmd_link(a):
    body = dict(user={"client_user_id": "local-user"}, client_name="Personal finance sync",
                country_codes=a.countries.split(","), language="en")
    if a.update:
        token = keyring.get_password(KEYRING_SERVICE, a.update)
        if not token:
            sys.exit(f"no stored token for item {a.update}")
        body["access_token"] = token
    else:
        body["products"] = ["transactions"]
    link_token = plaid("/link/token/create", **body)["link_token"]
    con = db()
    result = {}

    class H(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            if self.path != "/":
                self.send_error(404)
                return
            page = (LINK_PAGE % html.escape(link_token, quote=True)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(page)

        def do_POST(self):
            if self.path != "/done":
                self.send_error(404)
                return
            n = int(self.headers.get("Content-Length", 0))
            result["public_token"] = json.loads(self.rfile.read(min(n, 4096)))["public_token"]
            self.send_response(204)
            self.end_headers()

    srv = HTTPServer(("127.0.0.1", a.port), H)   # loopback only
    print(f"Open http://127.0.0.1:{a.port}/ in your browser to link your bank (Ctrl+C to cancel).")
    while "public_token" not in result:
        srv.handle_request()
    srv.server_close()
    if a.update:
        print("item re-authenticated")
        return
    access = plaid("/item/public_token/exchange", public_token=result["public_token"])["access_token"]
    save_item(con, access)


def sync_item(con, item_id, institution):
    token = keyring.get_password(KEYRING_SERVICE, item_id)
    if not token:
        print(f"  {institution}: no token in keychain, skipping")
        return
    (cursor,) = con.execute("SELECT cursor FROM items WHERE item_id=?", (item_id,)).fetchone()
    counts = {"added": 0, "modified": 0, "removed": 0}
    while True:
        try:
            page = plaid("/transactions/sync", access_token=token, cursor=cursor or "", count=500)
        except RuntimeError as e:
            if "MUTATION_DURING_PAGINATION" in str(e):
                (cursor,) = con.execute("SELECT cursor FROM items WHERE item_id=?", (item_id,)).fetchone()
                continue
            raise
        for acc in page.get("accounts", []):
            con.execute("INSERT OR REPLACE INTO accounts VALUES (?,?,?,?,?,?)",
                        (acc["account_id"], item_id, acc.get("name"), acc.get("mask"),
                         acc.get("type"), acc.get("subtype")))
        for kind in ("added", "modified"):
            for t in page[kind]:
                pfc = t.get("personal_finance_category") or {}
                con.execute("""INSERT OR REPLACE INTO transactions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                            (t["transaction_id"], t["account_id"], t["date"], t.get("authorized_date"),
                             t.get("name"), t.get("merchant_name"), t["amount"], t.get("iso_currency_code"),
                             pfc.get("primary"), pfc.get("detailed"), int(t.get("pending", False)),
                             json.dumps(t, default=str)))
                counts[kind] += 1
        for t in page["removed"]:
            con.execute("DELETE FROM transactions WHERE transaction_id=?", (t["transaction_id"],))
            counts["removed"] += 1
        cursor = page["next_cursor"]
        con.execute("UPDATE items SET cursor=?, last_synced_at=? WHERE item_id=?",
                    (cursor, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), item_id))
        con.commit()
        if not page["has_more"]:
            break
    print(f"  {institution}: +{counts['added']} ~{counts['modified']} -{counts['removed']}")


def cmd_sync(_a):
    con = db()
    items = con.execute("SELECT item_id, institution FROM items").fetchall()
    if not items:
        sys.exit("no linked items; run sandbox-link or link first")
    print(f"syncing {len(items)} item(s) from Plaid {ENV}")
    for item_id, inst in items:
        try:
            sync_item(con, item_id, inst)
        except RuntimeError as e:
            print(f"  {inst}: {e}")


def cmd_items(_a):
    for item_id, inst, last in db().execute("SELECT item_id, institution, last_synced_at FROM items"):
        has = "yes" if keyring.get_password(KEYRING_SERVICE, item_id) else "MISSING"
        print(f"{item_id}  {inst:<30} last sync {last or 'never'}  token in keychain: {has}")


def cmd_export(a):
    con = db()
    rows = con.execute("""SELECT t.date, a.name, a.mask, t.merchant_name, t.name, -t.amount AS amount,
                                 t.iso_currency, t.category_primary, t.category_detail, t.pending
                          FROM transactions t LEFT JOIN accounts a USING(account_id)
                          WHERE t.date >= ? ORDER BY t.date""", (a.since,)).fetchall()
    with open(a.csv, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["date", "account", "mask", "merchant", "description", "amount", "currency",
                    "category", "category_detail", "pending"])
        w.writerows(rows)
    os.chmod(a.csv, 0o600)
    print(f"wrote {len(rows)} rows to {a.csv} (amount: negative = money out)")


def cmd_unlink(a):
    token = keyring.get_password(KEYRING_SERVICE, a.item_id)
    if token:
        plaid("/item/remove", access_token=token)
        keyring.delete_password(KEYRING_SERVICE, a.item_id)
    con = db()
    con.execute("DELETE FROM items WHERE item_id=?", (a.item_id,))
    con.commit()
    print(f"unlinked {a.item_id}; transactions kept locally (delete the DB to remove them)")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("sandbox-link").set_defaults(fn=cmd_sandbox_link)
    p = sub.add_parser("link")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--countries", default="US")
    p.add_argument("--update", metavar="ITEM_ID")
    p.set_defaults(fn=cmd_link)
    sub.add_parser("sync").set_defaults(fn=cmd_sync)
    sub.add_parser("items").set_defaults(fn=cmd_items)
    p = sub.add_parser("export")
    p.add_argument("--since", default="1970-01-01")
    p.add_argument("--csv", default="transactions.csv")
    p.set_defaults(fn=cmd_export)
    p = sub.add_parser("unlink")
    p.add_argument("item_id")
    p.set_defaults(fn=cmd_unlink)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
