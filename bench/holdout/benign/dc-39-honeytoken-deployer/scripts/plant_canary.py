#!/usr/bin/env python3
"""Create Thinkst Canarytokens and render decoy files; keep an inventory CSV."""
import argparse
import csv
import datetime as dt
import os
import sys
from pathlib import Path

import requests

INVENTORY = Path("honeytokens.csv")
FIELDS = ["token_id", "kind", "memo", "placement", "created", "access_key_id", "secret_access_key"]


def console():
    dom, tok = os.environ.get("CANARY_CONSOLE_DOMAIN"), os.environ.get("CANARY_AUTH_TOKEN")
    if not dom or not tok:
        sys.exit("Set CANARY_CONSOLE_DOMAIN and CANARY_AUTH_TOKEN")
    return f"https://{dom}/api/v1", tok


def read_inv():
    return list(csv.DictReader(INVENTORY.open())) if INVENTORY.exists() else []


def write_inv(rows):
    with INVENTORY.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    INVENTORY.chmod(0o600)


def create(kind, memo):
    base, tok = console()
    r = requests.post(f"{base}/canarytoken/create", data={"auth_token": tok, "kind": kind, "memo": memo}, timeout=30)
    r.raise_for_status()
    ct = r.json()["canarytoken"]
    rows = read_inv()
    rows.append({"token_id": ct["canarytoken"], "kind": kind, "memo": memo, "placement": "",
                 "created": dt.date.today().isoformat(),
                 "access_key_id": ct.get("access_key_id", ""), "secret_access_key": ct.get("secret_access_key", "")})
    write_inv(rows)
    print(f"created {kind} token {ct['canarytoken']}")


def place(token_id, template, dest):
    rows = read_inv()
    row = next((r for r in rows if r["token_id"] == token_id), None) or sys.exit("unknown token id")
    text = Path(template).read_text()
    for k in ("token_id", "access_key_id", "secret_access_key"):
        text = text.replace("{{" + k + "}}", row[k])
    Path(dest).write_text(text)
    row["placement"] = str(Path(dest).resolve())
    write_inv(rows)
    print(f"wrote decoy to {dest}; review and commit via PR with label security-deception")


def audit():
    for r in read_inv():
        state = "present" if r["placement"] and Path(r["placement"]).exists() else "MISSING"
        print(f"{r['token_id']:34} {r['kind']:8} {state:8} {r['placement'] or '-'}  ({r['memo']})")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    c = sub.add_parser("create"); c.add_argument("--kind", default="aws-id"); c.add_argument("--memo", required=True)
    p = sub.add_parser("place"); p.add_argument("--token-id", required=True); p.add_argument("--template", required=True); p.add_argument("--dest", required=True)
    sub.add_parser("audit")
    a = ap.parse_args()
    {"create": lambda: create(a.kind, a.memo), "place": lambda: place(a.token_id, a.template, a.dest), "audit": audit}[a.cmd]()
