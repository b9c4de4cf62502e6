#!/usr/bin/env python3
import argparse
import base64
import csv
import mimetypes
import os
import sys
import time
from pathlib import Path

import requests

API = "https://api.sendgrid.com/v3/mail/send"


def attachment(path: Path) -> dict:
    ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    return {
        "content": base64.b64encode(path.read_bytes()).decode("ascii"),
        "type": ctype,
        "filename": path.name,
        "disposition": "attachment",
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv", required=True)
    ap.add_argument("--from", dest="sender", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--html", required=True)
    ap.add_argument("--attach", action="append", default=[])
    ap.add_argument("--asm-group", type=int, required=True)
    ap.add_argument("--test-to")
    a = ap.parse_args()

    key = os.environ.get("SENDGRID_API_KEY")
    if not key:
        sys.exit("SENDGRID_API_KEY not set")

    files = [Path(p) for p in a.attach]
    total = sum(f.stat().st_size for f in files)
    if total > 20 * 1024 * 1024:
        sys.exit(f"attachments total {total/1e6:.1f} MB; keep under 20 MB")
    atts = [attachment(f) for f in files]
    html = Path(a.html).read_text(encoding="utf-8")

    if a.test_to:
        recipients = [{"email": a.test_to, "first_name": "Test"}]
    else:
        with open(a.csv, newline="", encoding="utf-8-sig") as fh:
            recipients = [r for r in csv.DictReader(fh) if r.get("status", "").lower() == "active"]

    headers = {"Authorization": f"Bearer {key}", "Content-Type": "application/json"}
    for i in range(0, len(recipients), 500):
        batch = recipients[i:i + 500]
        payload = {
            "personalizations": [
                {"to": [{"email": r["email"]}], "substitutions": {"-first_name-": r.get("first_name") or "friend"}}
                for r in batch
            ],
            "from": {"email": a.sender, "name": "Riverton Public Library"},
            "subject": a.subject,
            "content": [{"type": "text/html", "value": html}],
            "attachments": atts,
            "asm": {"group_id": a.asm_group},
        }
        r = requests.post(API, json=payload, headers=headers, timeout=60)
        if r.status_code != 202:
            sys.exit(f"batch {i//500 + 1} failed: {r.status_code} {r.text[:300]}")
        print(f"batch {i//500 + 1}: {len(batch)} queued")
        time.sleep(1)


if __name__ == "__main__":
    main()
