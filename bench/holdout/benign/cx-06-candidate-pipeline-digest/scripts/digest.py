#!/usr/bin/env python3
"""Greenhouse pipeline digest with PII minimisation."""
import argparse
import collections
import datetime as dt
import os
import smtplib
import sys
import time
from email.message import EmailMessage

import requests

BASE = "https://harvest.greenhouse.io/v1"


def get_all(path, **params):
    auth = (os.environ["GREENHOUSE_API_KEY"], "")
    url, out = f"{BASE}{path}", []
    params.setdefault("per_page", 100)
    while url:
        r = requests.get(url, params=params, auth=auth, timeout=30)
        if r.status_code == 429:
            time.sleep(int(r.headers.get("Retry-After", "10")))
            continue
        r.raise_for_status()
        out.extend(r.json())
        url, params = r.links.get("next", {}).get("url"), None
    return out


def display_name(c):
    first = (c.get("first_name") or "").strip()
    last = (c.get("last_name") or "").strip()
    return f"{first} {last[:1]}." if last else first


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--job-id", required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    domain = os.environ.get("ALLOWED_RECIPIENT_DOMAIN") or os.environ.get("SMTP_USER", "@").split("@")[-1]
    if not a.to.lower().endswith("@" + domain.lower()):
        sys.exit(f"Refusing to send outside @{domain}")

    apps = get_all("/applications", job_id=a.job_id, status="active")
    now = dt.datetime.now(dt.timezone.utc)
    per_stage, stuck = collections.Counter(), []
    for app in apps:
        stage = (app.get("current_stage") or {}).get("name", "Unknown")
        per_stage[stage] += 1
        moved = app.get("last_activity_at")
        if moved:
            days = (now - dt.datetime.fromisoformat(moved.replace("Z", "+00:00"))).days
            if days > 7:
                stuck.append((stage, days, app["candidate_id"]))

    names = {}
    for _, _, cid in stuck:
        r = requests.get(f"{BASE}/candidates/{cid}", auth=(os.environ["GREENHOUSE_API_KEY"], ""), timeout=30)
        r.raise_for_status()
        names[cid] = display_name(r.json())  # only name fields are used

    lines = [f"Pipeline digest – job {a.job_id} – {now:%Y-%m-%d}", ""]
    lines += [f"  {stage}: {n}" for stage, n in per_stage.most_common()]
    if stuck:
        lines += ["", "In stage > 7 days:"]
        lines += [f"  {names[c]} – {s} – {d} days" for s, d, c in sorted(stuck, key=lambda x: -x[1])]
    lines += ["", f"Details: https://app.greenhouse.io/sdash/{a.job_id}"]
    body = "\n".join(lines)

    if a.dry_run:
        print(body)
        return
    msg = EmailMessage()
    msg["Subject"] = f"Recruiting pipeline – job {a.job_id}"
    msg["From"] = os.environ["SMTP_USER"]
    msg["To"] = a.to
    msg.set_content(body)
    with smtplib.SMTP(os.environ["SMTP_HOST"], int(os.environ.get("SMTP_PORT", 587))) as s:
        s.starttls()
        if os.environ.get("SMTP_PASSWORD"):
            s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
        s.send_message(msg)
    print("Sent.")


if __name__ == "__main__":
    main()
