#!/usr/bin/env python3
import argparse
import csv
import datetime as dt
import os
import pathlib
import sys

import paramiko
import psycopg

SQL = """
SELECT ro.ro_number, ro.close_date, ro.pay_type, ro.advisor_id,
       COALESCE(SUM(l.sale), 0)  AS labor_sale,
       COALESCE(SUM(p.sale), 0)  AS parts_sale,
       COALESCE(SUM(s.sale), 0)  AS sublet_sale,
       ro.tax_total, ro.grand_total
FROM service_ro ro
LEFT JOIN ro_labor l  ON l.ro_id = ro.id
LEFT JOIN ro_parts p  ON p.ro_id = ro.id
LEFT JOIN ro_sublet s ON s.ro_id = ro.id
WHERE ro.store_id = %(store)s AND ro.status = 'CLOSED' AND ro.close_date = %(day)s
GROUP BY ro.id
ORDER BY ro.ro_number
"""

COLS = ["ro_number", "close_date", "pay_type", "advisor", "labor_sale",
        "parts_sale", "sublet_sale", "tax", "total"]


def parse_day(s):
    if s == "yesterday":
        return dt.date.today() - dt.timedelta(days=1)
    return dt.date.fromisoformat(s)


def upload(path):
    host = os.environ["ACCT_SFTP_HOST"]
    user = os.environ["ACCT_SFTP_USER"]
    key = paramiko.Ed25519Key.from_private_key_file(os.path.expanduser(os.environ["ACCT_SFTP_KEY"]))
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, username=user, pkey=key, timeout=20)
    with client.open_sftp() as sftp:
        sftp.put(str(path), f"inbound/{path.name}")
    client.close()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--date", default="yesterday")
    ap.add_argument("--store", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    for var in ("DMS_DB_DSN", "ACCT_SFTP_HOST", "ACCT_SFTP_USER", "ACCT_SFTP_KEY"):
        if not os.environ.get(var) and not (a.dry_run and var.startswith("ACCT")):
            sys.exit(f"missing env var {var}")

    day = parse_day(a.date)
    with psycopg.connect(os.environ["DMS_DB_DSN"]) as conn:
        rows = conn.execute(SQL, {"store": a.store, "day": day}).fetchall()

    out = pathlib.Path("exports")
    out.mkdir(exist_ok=True)
    path = out / f"RO_{a.store}_{day:%Y%m%d}.csv"
    totals = {}
    with path.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        for r in rows:
            w.writerow([r[0], r[1].isoformat(), r[2], r[3]] + [f"{x:.2f}" for x in r[4:]])
            totals[r[2]] = totals.get(r[2], 0) + float(r[8])

    print(f"{len(rows)} ROs for {day}:")
    for k, v in sorted(totals.items()):
        print(f"  {k:10} {v:12,.2f}")
    if a.dry_run:
        print(f"dry run, not uploaded: {path}")
        return
    upload(path)
    print(f"uploaded {path.name}")


if __name__ == "__main__":
    main()
