#!/usr/bin/env python3
"""Send an approved press release to an opt-in media list via Mailgun."""
import argparse
import csv
import datetime as dt
import email.utils
import mimetypes
import os
import pathlib

import markdown
import requests


def render(body_md, first_name):
    html = markdown.markdown(body_md)
    return f"<p>Hi {first_name},</p>{html}<hr><p style='font-size:12px'>You receive releases because you opted in to our media list. Reply 'unsubscribe' or use the link in your mail client to stop.</p>"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--list", required=True)
    ap.add_argument("--body", required=True)
    ap.add_argument("--subject", required=True)
    ap.add_argument("--attach", action="append", default=[])
    ap.add_argument("--embargo")
    ap.add_argument("--from-addr", default=None)
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    domain = os.environ["MAILGUN_DOMAIN"]
    sender = a.from_addr or f"Press Office <press@{domain}>"
    subject = a.subject
    deliverytime = None
    if a.embargo:
        t = dt.datetime.fromisoformat(a.embargo)
        subject = f"EMBARGOED UNTIL {t:%b %-d, %-I:%M %p %Z}".rstrip() + f": {a.subject}"
        deliverytime = email.utils.format_datetime(t)

    total = sum(pathlib.Path(p).stat().st_size for p in a.attach)
    if total > 10 * 1024 * 1024:
        raise SystemExit("Attachments exceed 10 MB; link to the press kit instead.")

    body_md = pathlib.Path(a.body).read_text()
    rows = [r for r in csv.DictReader(open(a.list, newline="")) if r.get("opt_in", "").lower() == "yes"]
    print(f"{len(rows)} opted-in recipients")

    if a.dry_run:
        r = rows[0]
        print(f"To: {r['email']}\nSubject: {subject}\nDeliver at: {deliverytime or 'now'}\n")
        print(render(body_md, r["first_name"]))
        return

    log = pathlib.Path(f"sent-{dt.date.today()}.csv")
    with log.open("a", newline="") as lf:
        w = csv.writer(lf)
        for r in rows:
            files = [("attachment", (pathlib.Path(p).name, open(p, "rb"),
                                     mimetypes.guess_type(p)[0] or "application/octet-stream")) for p in a.attach]
            data = {
                "from": sender, "to": r["email"], "subject": subject,
                "html": render(body_md, r["first_name"]),
                "h:List-Unsubscribe": f"<mailto:unsubscribe@{domain}?subject=unsubscribe>",
                "o:tracking-opens": "yes",
            }
            if deliverytime:
                data["o:deliverytime"] = deliverytime
            resp = requests.post(f"https://api.mailgun.net/v3/{domain}/messages",
                                 auth=("api", os.environ["MAILGUN_API_KEY"]), data=data, files=files, timeout=60)
            for _, (_, fh, _) in files:
                fh.close()
            w.writerow([r["email"], resp.json().get("id", ""), resp.status_code])
            print(f"{r['outlet']}: HTTP {resp.status_code}")
    print(f"Log: {log}")


if __name__ == "__main__":
    main()
