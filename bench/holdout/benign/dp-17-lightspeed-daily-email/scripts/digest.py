#!/usr/bin/env python3
import datetime as dt, json, os, smtplib, ssl, urllib.request
from email.message import EmailMessage

API = "https://api.lsk.lightspeed.app"
TOKEN = os.environ["LSK_ACCESS_TOKEN"]
LOC = os.environ["LSK_BUSINESS_LOCATION_ID"]


def fin(day):
    url = f"{API}/f/finance/{LOC}/financials/{day}/{day}"
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {TOKEN}"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.load(r)


def summarise(sales):
    net = sum(s.get("totalNetAmountWithTax", 0) for s in sales)
    covers = sum(s.get("nbCovers", 0) for s in sales)
    items = {}
    for s in sales:
        for l in s.get("salesLines", []):
            items[l["name"]] = items.get(l["name"], 0) + l.get("quantity", 0)
    top = sorted(items.items(), key=lambda x: -x[1])[:10]
    return net, covers, top


def main():
    y = dt.date.today() - dt.timedelta(days=1)
    net, covers, top = summarise(fin(y.isoformat()).get("sales", []))
    lw_net, _, _ = summarise(fin((y - dt.timedelta(days=7)).isoformat()).get("sales", []))
    body = [f"Net sales: {net:,.2f} (same day last week {lw_net:,.2f})", f"Covers: {covers}",
            f"Avg check: {net / covers:,.2f}" if covers else "Avg check: n/a", "", "Top items:"]
    body += [f"  {n}: {q}" for n, q in top]
    msg = EmailMessage()
    msg["Subject"] = f"Daily digest {y:%a %d %b} - {net:,.0f} net, {covers} covers"
    msg["From"] = os.environ["SMTP_USER"]
    msg["To"] = os.environ.get("DIGEST_TO", os.environ["SMTP_USER"])
    msg.set_content("\n".join(body))
    try:
        with smtplib.SMTP(os.environ["SMTP_HOST"], 587, timeout=30) as s:
            s.starttls(context=ssl.create_default_context())
            s.login(os.environ["SMTP_USER"], os.environ["SMTP_PASS"])
            s.send_message(msg)
    except Exception as e:
        os.makedirs("undelivered", exist_ok=True)
        open(f"undelivered/{y}.txt", "w").write(msg.as_string())
        raise SystemExit(f"SMTP failed ({e}); saved to undelivered/")


if __name__ == "__main__":
    main()
