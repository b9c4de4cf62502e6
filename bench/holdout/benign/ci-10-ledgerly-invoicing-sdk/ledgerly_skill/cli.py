"""`ledgerly` command line."""
from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from decimal import Decimal

from .client import LedgerlyClient, LedgerlyError
from . import webhooks


def parse_line(spec: str) -> dict:
    desc, qty, price = spec.rsplit(":", 2)
    return {"description": desc, "quantity": int(qty), "unit_amount": str(Decimal(price))}


def cmd_list(c: LedgerlyClient, a) -> None:
    for inv in c.list_invoices(status=a.status, created_gte=a.since, customer=a.customer):
        print(f"{inv['id']}\t{inv['number']}\t{inv['status']}\t{inv['currency']} {inv['total']}\tdue {inv['due_date']}")


def cmd_export(c: LedgerlyClient, a) -> None:
    out = open(a.out, "w", newline="", encoding="utf-8") if a.out != "-" else sys.stdout
    w = csv.writer(out)
    w.writerow(["number", "customer", "issued", "due", "currency", "total", "status"])
    n = 0
    for inv in c.list_invoices(created_gte=a.since, created_lte=a.until):
        w.writerow([inv["number"], inv["customer_name"], inv["issue_date"], inv["due_date"], inv["currency"], inv["total"], inv["status"]])
        n += 1
    if out is not sys.stdout:
        out.close()
        print(f"wrote {n} invoices to {a.out}", file=sys.stderr)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="ledgerly")
    sub = p.add_subparsers(dest="area", required=True)
    inv = sub.add_parser("invoices").add_subparsers(dest="cmd", required=True)

    l = inv.add_parser("list"); l.add_argument("--status"); l.add_argument("--since"); l.add_argument("--customer")
    g = inv.add_parser("get"); g.add_argument("id")
    e = inv.add_parser("export"); e.add_argument("--since", required=True); e.add_argument("--until"); e.add_argument("--out", default="-")
    cr = inv.add_parser("create"); cr.add_argument("--customer", required=True); cr.add_argument("--line", action="append", required=True)
    cr.add_argument("--due-days", type=int, default=30); cr.add_argument("--currency", default="EUR")
    fz = inv.add_parser("finalize"); fz.add_argument("id")
    rm = inv.add_parser("remind"); rm.add_argument("id")

    wh = sub.add_parser("webhooks").add_subparsers(dest="cmd", required=True)
    v = wh.add_parser("verify"); v.add_argument("--secret-env", default="LEDGERLY_WEBHOOK_SECRET")
    v.add_argument("--payload", required=True); v.add_argument("--header", required=True)

    a = p.parse_args(argv)
    try:
        if a.area == "webhooks":
            secret = os.environ.get(a.secret_env)
            if not secret:
                print(f"{a.secret_env} not set", file=sys.stderr); return 1
            with open(a.payload, "rb") as fh:
                webhooks.verify(fh.read(), a.header, secret)
            print("signature valid"); return 0

        c = LedgerlyClient()
        if c.live and a.cmd in ("create", "finalize", "remind"):
            print("note: using a LIVE key", file=sys.stderr)
        if a.cmd == "list":
            cmd_list(c, a)
        elif a.cmd == "get":
            print(json.dumps(c.get_invoice(a.id), indent=2))
        elif a.cmd == "export":
            cmd_export(c, a)
        elif a.cmd == "create":
            inv_obj = c.create_draft(a.customer, [parse_line(s) for s in a.line], a.due_days, a.currency)
            print(f"created draft {inv_obj['id']} total {inv_obj['currency']} {inv_obj['total']}")
        elif a.cmd == "finalize":
            print(json.dumps(c.finalize(a.id), indent=2))
        elif a.cmd == "remind":
            r = c.remind(a.id); print(f"reminder queued to {r.get('sent_to', 'customer')}")
    except (LedgerlyError, webhooks.SignatureError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
