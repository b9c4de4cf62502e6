#!/usr/bin/env python3
import argparse
import base64
import csv
import datetime as dt
import os
import pathlib

import requests
from pypdf import PdfWriter

SENDGRID = "https://api.sendgrid.com/v3/mail/send"


def merge(folder, include_exec):
    pdfs = sorted(p for p in folder.glob("*.pdf") if not p.name.startswith("Board_Packet"))
    if not include_exec:
        pdfs = [p for p in pdfs if "-exec-" not in p.name]
    out = folder / f"Board_Packet_{folder.name}.pdf"
    w = PdfWriter()
    for p in pdfs:
        w.append(str(p))
    with open(out, "wb") as fh:
        w.write(fh)
    return out, pdfs


def attachment(path):
    return {"content": base64.b64encode(path.read_bytes()).decode(), "filename": path.name,
            "type": "application/pdf", "disposition": "attachment"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--board", required=True)
    ap.add_argument("--meeting", required=True)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--include-exec", action="store_true")
    a = ap.parse_args()
    folder = pathlib.Path(a.folder)
    merged, parts = merge(folder, a.include_exec)
    files = [merged] if merged.stat().st_size < 20 * 1024 * 1024 else parts
    members = list(csv.DictReader(open(a.board)))

    print("Attachments:", ", ".join(f"{f.name} ({f.stat().st_size // 1024} KB)" for f in files))
    for m in members:
        print(f"  -> {m['name']} <{m['email']}> {m.get('role', '')}")
    if a.dry_run:
        return

    atts = [attachment(f) for f in files]
    log = open(folder / "sent.log", "a")
    for m in members:
        body = {
            "personalizations": [{"to": [{"email": m["email"], "name": m["name"]}]}],
            "from": {"email": os.environ["HOA_FROM_EMAIL"], "name": "Association Management"},
            "subject": f"Board packet – meeting {a.meeting}",
            "content": [{"type": "text/plain", "value":
                         f"Dear {m['name'].split()[0]},\n\nAttached is the board packet for the meeting on {a.meeting}.\n\n"
                         "Please treat its contents as confidential board material.\n"}],
            "attachments": atts,
        }
        r = requests.post(SENDGRID, json=body, timeout=60,
                          headers={"Authorization": f"Bearer {os.environ['SENDGRID_API_KEY']}"})
        mid = r.headers.get("X-Message-Id", "")
        log.write(f"{dt.datetime.now().isoformat(timespec='seconds')}\t{m['email']}\t{r.status_code}\t{mid}\n")
        print(m["email"], r.status_code)


if __name__ == "__main__":
    main()
