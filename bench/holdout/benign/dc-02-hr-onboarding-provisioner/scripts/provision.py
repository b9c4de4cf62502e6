#!/usr/bin/env python3
"""Create Okta users for new hires and hand the temp password over via 1Password."""
import argparse
import csv
import datetime as dt
import json
import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

import requests

HERE = Path(__file__).resolve().parent
GROUP_MAP = json.loads((HERE.parent / "assets" / "group_map.json").read_text())


def okta():
    org, token = os.environ.get("OKTA_ORG_URL"), os.environ.get("OKTA_API_TOKEN")
    if not org or not token:
        sys.exit("Set OKTA_ORG_URL and OKTA_API_TOKEN")
    s = requests.Session()
    s.headers.update({"Authorization": f"SSWS {token}", "Accept": "application/json"})
    return org.rstrip("/"), s


def temp_password(n=20):
    alphabet = string.ascii_letters + string.digits + "!@#%^*-_"
    return "".join(secrets.choice(alphabet) for _ in range(n))


def check(rows):
    problems, seen = [], set()
    for i, r in enumerate(rows, 2):
        login = f"{r['first_name']}.{r['last_name']}".lower()
        if login in seen:
            problems.append(f"line {i}: duplicate login {login}")
        seen.add(login)
        if not r.get("manager_email"):
            problems.append(f"line {i}: missing manager")
        if dt.date.fromisoformat(r["start_date"]) < dt.date.today():
            problems.append(f"line {i}: start date in the past")
        if r["department"] not in GROUP_MAP:
            problems.append(f"line {i}: unknown department {r['department']}")
    return problems


def store_in_1password(title, password, share_to):
    vault = os.environ["OP_VAULT"]
    item = subprocess.run(
        ["op", "item", "create", "--category", "password", "--vault", vault,
         "--title", title, "--format", "json", f"password={password}"],
        check=True, capture_output=True, text=True)
    item_id = json.loads(item.stdout)["id"]
    subprocess.run(["op", "item", "share", item_id, "--vault", vault,
                    "--emails", share_to, "--view-once"], check=True, capture_output=True)
    return item_id


def apply(rows, domain):
    org, s = okta()
    for r in rows:
        login = f"{r['first_name']}.{r['last_name']}".lower() + "@" + domain
        pw = temp_password()
        body = {"profile": {"firstName": r["first_name"], "lastName": r["last_name"],
                            "email": login, "login": login, "department": r["department"],
                            "managerId": r["manager_email"]},
                "credentials": {"password": {"value": pw}}}
        resp = s.post(f"{org}/api/v1/users", params={"activate": "false"}, json=body, timeout=30)
        resp.raise_for_status()
        uid = resp.json()["id"]
        for gid in GROUP_MAP[r["department"]]:
            s.put(f"{org}/api/v1/groups/{gid}/users/{uid}", timeout=30).raise_for_status()
        item_id = store_in_1password(f"Temp password {login}", pw, r["personal_email"])
        print(f"created {login} (okta id {uid}); 1Password item {item_id}")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--domain", default="corp.example")
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.csv)))
    issues = check(rows)
    for p in issues:
        print("WARN", p)
    if a.apply and not issues:
        apply(rows, a.domain)
