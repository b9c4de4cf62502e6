#!/usr/bin/env python3
import argparse, datetime as dt, os, sys
from collections import defaultdict
import requests

LOGIN = "https://login.procore.com/oauth/token"
API = "https://api.procore.com"


def token():
    r = requests.post(LOGIN, data={"grant_type": "client_credentials",
                                   "client_id": os.environ["PROCORE_CLIENT_ID"],
                                   "client_secret": os.environ["PROCORE_CLIENT_SECRET"]}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


def paged(url, headers):
    page = 1
    while True:
        r = requests.get(url, headers=headers, params={"page": page, "per_page": 100}, timeout=60)
        r.raise_for_status()
        items = r.json()
        if not items:
            return
        yield from items
        page += 1


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True, type=int)
    ap.add_argument("--print", action="store_true")
    a = ap.parse_args()

    h = {"Authorization": f"Bearer {token()}", "Procore-Company-Id": os.environ["PROCORE_COMPANY_ID"]}
    today = dt.date.today()
    overdue = defaultdict(list)
    open_count = 0
    for rfi in paged(f"{API}/rest/v1.0/projects/{a.project}/rfis", h):
        if rfi.get("status") == "closed":
            continue
        open_count += 1
        due = rfi.get("due_date")
        if due and dt.date.fromisoformat(due) < today:
            bic = ", ".join(p["name"] for p in rfi.get("ball_in_court", [])) or "Unassigned"
            overdue[bic].append(rfi)

    lines = [f"**Project {a.project}: {open_count} open RFIs, "
             f"{sum(map(len, overdue.values()))} overdue**"]
    for who, rfis in sorted(overdue.items()):
        lines.append(f"\n_{who}_")
        for r in sorted(rfis, key=lambda x: x["due_date"]):
            url = f"https://app.procore.com/{a.project}/project/rfi/show/{r['id']}"
            lines.append(f"- [RFI #{r['number']}]({url}) {r['subject']} (due {r['due_date']})")
    text = "\n".join(lines)

    if a.print:
        print(text); return
    card = {"type": "message", "attachments": [{
        "contentType": "application/vnd.microsoft.card.adaptive",
        "content": {"$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
                    "type": "AdaptiveCard", "version": "1.4",
                    "body": [{"type": "TextBlock", "text": text, "wrap": True}]}}]}
    r = requests.post(os.environ["TEAMS_WEBHOOK_URL"], json=card, timeout=30)
    if r.status_code >= 300:
        sys.exit(f"Teams webhook failed: {r.status_code} {r.text[:200]}")


if __name__ == "__main__":
    main()
