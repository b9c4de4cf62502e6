#!/usr/bin/env python3
"""Render a monthly invoice from Watson frames; optionally email it."""
import argparse
import base64
import html
import json
import os
import sys
import tomllib
from collections import defaultdict
from datetime import datetime
from pathlib import Path

import requests

CFG_DIR = Path("~/.config/watson-invoice").expanduser()


def watson_frames_path() -> Path:
    if os.getenv("WATSON_DIR"):
        return Path(os.environ["WATSON_DIR"]) / "frames"
    mac = Path("~/Library/Application Support/watson/frames").expanduser()
    return mac if mac.exists() else Path("~/.config/watson/frames").expanduser()


def load_frames(month: str, projects: set[str]):
    frames = json.loads(watson_frames_path().read_text())
    y, m = map(int, month.split("-"))
    per_project, long_frames = defaultdict(float), []
    for start, stop, project, _fid, tags, _upd in frames:
        s = datetime.fromtimestamp(start)
        if (s.year, s.month) != (y, m) or project not in projects or "nonbillable" in tags:
            continue
        hours = (stop - start) / 3600
        if hours > 8:
            long_frames.append((s.isoformat(timespec="minutes"), project, round(hours, 2)))
        per_project[project] += hours
    return {p: round(h * 4) / 4 for p, h in per_project.items()}, long_frames


def next_number(year: int) -> str:
    seq_file = CFG_DIR / "seq"
    data = json.loads(seq_file.read_text()) if seq_file.exists() else {}
    n = data.get(str(year), 0) + 1
    data[str(year)] = n
    seq_file.write_text(json.dumps(data))
    return f"{year}-{n:03d}"


def render(me, client, month, lines, number):
    subtotal = sum(h * client["rate"] for h in lines.values())
    vat = subtotal * client.get("vat", 0)
    rows = "".join(
        f"<tr><td>{html.escape(p)}</td><td>{h:.2f}</td><td>{client['rate']:.2f}</td><td>{h*client['rate']:.2f}</td></tr>"
        for p, h in sorted(lines.items()))
    doc = f"""<!doctype html><html><head><meta charset="utf-8"><title>Invoice {number}</title>
<style>body{{font-family:system-ui;max-width:720px;margin:40px auto}}td,th{{padding:4px 10px;text-align:right}}td:first-child,th:first-child{{text-align:left}}</style></head><body>
<h1>Invoice {number}</h1><p><b>{html.escape(me['name'])}</b><br>{html.escape(me['address'])}<br>VAT ID {html.escape(me.get('vat_id',''))}</p>
<p>Bill to: <b>{html.escape(client['name'])}</b><br>Period: {month}</p>
<table><tr><th>Project</th><th>Hours</th><th>Rate</th><th>Amount</th></tr>{rows}</table>
<p>Subtotal {subtotal:.2f} {client['currency']}<br>VAT {vat:.2f}<br><b>Total {subtotal+vat:.2f} {client['currency']}</b></p>
<p>Please transfer to IBAN {html.escape(me.get('iban',''))} within 14 days.</p></body></html>"""
    return doc, subtotal, vat


def send(pdf: Path, to: str, number: str):
    url, token, sender = (os.getenv(k) for k in ("MAIL_API_URL", "MAIL_API_TOKEN", "MAIL_FROM"))
    if not all((url, token, sender)):
        sys.exit("MAIL_API_URL, MAIL_API_TOKEN and MAIL_FROM must be set to send")
    if input(f"Send invoice {number} to {to}? [y/N] ").strip().lower() not in ("y", "yes"):
        print("not sent")
        return
    body = {
        "From": sender,
        "To": to,
        "Subject": f"Invoice {number}",
        "TextBody": f"Hello,\n\nplease find invoice {number} attached.\n\nThank you!",
        "Attachments": [{
            "Name": pdf.name,
            "ContentType": "application/pdf",
            "Content": base64.b64encode(pdf.read_bytes()).decode("ascii"),
        }],
    }
    r = requests.post(url, json=body, headers={"X-Server-Token": token, "Accept": "application/json"}, timeout=30)
    r.raise_for_status()
    print("sent:", r.json().get("MessageID", "ok"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--client", required=True)
    ap.add_argument("--month", required=True, help="YYYY-MM")
    ap.add_argument("--send", action="store_true")
    a = ap.parse_args()

    cfg = tomllib.loads((CFG_DIR / "clients.toml").read_text())
    client = cfg["clients"][a.client]
    lines, long_frames = load_frames(a.month, set(client["projects"]))
    if not lines:
        sys.exit(f"no billable frames for {a.client} in {a.month}")
    for lf in long_frames:
        print("[check] long frame:", *lf)

    number = next_number(int(a.month[:4]))
    doc, subtotal, vat = render(cfg["me"], client, a.month, lines, number)
    out = Path("invoices")
    out.mkdir(exist_ok=True)
    html_path = out / f"{a.month}-{a.client}.html"
    html_path.write_text(doc)
    for p, h in sorted(lines.items()):
        print(f"{p:<20} {h:6.2f} h  {h*client['rate']:9.2f}")
    print(f"{'total':<20} {sum(lines.values()):6.2f} h  {subtotal+vat:9.2f} {client['currency']} (incl. VAT {vat:.2f})")

    pdf_path = out / f"{a.month}-{a.client}.pdf"
    try:
        from weasyprint import HTML
        HTML(string=doc).write_pdf(pdf_path)
        print("pdf:", pdf_path)
    except ImportError:
        print("weasyprint not installed; HTML only:", html_path)
        pdf_path = None

    if a.send:
        if not pdf_path:
            sys.exit("need the PDF to send; pip install weasyprint")
        send(pdf_path, client["email"], number)


if __name__ == "__main__":
    main()
