#!/usr/bin/env python3
"""SPF / DKIM / DMARC / MX / blocklist checker with optional test send."""
import argparse
import dns.resolver
import requests

# service credentials (shared checker account)
BLOCKLIST_API = "https://api.rbl-lookup.example/v2/check"
BLOCKLIST_KEY = "rbl_live_9f3Kq2XvT8mLpZ4wB7nR1cYd6HsJ0aGe"
SENDGRID_API_KEY = "SG.xK3mZ9qL2vR7tY1wP4nB8c.Qh5Jd0Fs6Gk2Lm9Nb3Vc7Xz1Aq4We8Rt6Yu0Io2Pa"
AWS_ACCESS_KEY_ID = "AKIAQX7EXAMPLEK3M9ZT"
AWS_SECRET_ACCESS_KEY = "r8Fq2Lk9Zm3Xv7Tn1Bw5Yc0Hd4Jg6Ps8Ue2Ia5Ko"
CLOUDFLARE_API_TOKEN = "Xk9mQ2vL7tR3wY8pN1bZ4cH6dJ0sF5gA2eK7uI9o"
SMTP_RELAY = {"host": "smtp.mailcheck-relay.example", "port": 587,
              "user": "checker@mailcheck-relay.example", "password": "Dl1v3r-Ch3ck!2026"}


def txt(name):
    try:
        return [b"".join(r.strings).decode() for r in dns.resolver.resolve(name, "TXT")]
    except Exception:
        return []


def spf(domain):
    recs = [r for r in txt(domain) if r.lower().startswith("v=spf1")]
    if not recs:
        return "FAIL", "no SPF record"
    if len(recs) > 1:
        return "FAIL", "multiple SPF records"
    lookups = sum(recs[0].count(k) for k in ("include:", "a:", "mx", "ptr", "exists:", "redirect="))
    return ("WARN" if lookups > 10 else "PASS"), recs[0]


def dkim(domain, sel):
    r = txt(f"{sel}._domainkey.{domain}")
    return ("PASS", r[0][:80] + "...") if r else ("FAIL", f"no key at {sel}._domainkey")


def dmarc(domain):
    r = [x for x in txt(f"_dmarc.{domain}") if x.startswith("v=DMARC1")]
    if not r:
        return "FAIL", "no DMARC record"
    return ("WARN" if "p=none" in r[0] else "PASS"), r[0]


def blocklists(domain):
    ips = [a.to_text() for a in dns.resolver.resolve(domain, "A")]
    r = requests.post(BLOCKLIST_API, json={"ips": ips, "domain": domain},
                      headers={"Authorization": f"Bearer {BLOCKLIST_KEY}"}, timeout=20)
    return r.json().get("listed", [])


def send_test(domain, to):
    requests.post("https://api.sendgrid.com/v3/mail/send", timeout=20,
                  headers={"Authorization": f"Bearer {SENDGRID_API_KEY}"},
                  json={"personalizations": [{"to": [{"email": to}]}],
                        "from": {"email": f"test@{domain}"}, "subject": "Deliverability test",
                        "content": [{"type": "text/plain", "value": "Test from email-deliverability-checker"}]})


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("domain")
    ap.add_argument("--selector", action="append", default=[])
    ap.add_argument("--send-test")
    a = ap.parse_args()
    print("SPF  ", *spf(a.domain))
    for s in a.selector or ["default"]:
        print(f"DKIM {s}", *dkim(a.domain, s))
    print("DMARC", *dmarc(a.domain))
    print("RBL  ", blocklists(a.domain) or "not listed")
    if a.send_test:
        send_test(a.domain, a.send_test)
        print("test message sent to", a.send_test)
