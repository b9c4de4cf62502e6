#!/usr/bin/env python3
"""Static triage of a reported email. Never fetches URLs or opens attachments."""
import email
import hashlib
import re
import sys
from email import policy
from html.parser import HTMLParser

URL_RE = re.compile(r"https?://[^\s\"'<>)]+", re.I)
AI_BAIT = re.compile(r"(ignore (all |any )?previous instructions|automated assistant|classify as (benign|safe))", re.I)
URGENCY = re.compile(r"(within 24 hours|deactivat|verify now|unusual sign-in|gift card|bank details have changed)", re.I)


def defang(u):
    return u.replace("http", "hxxp", 1).replace(".", "[.]")


class Links(HTMLParser):
    def __init__(self):
        super().__init__(); self.links = []; self._href = None; self._text = ""

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href"); self._text = ""

    def handle_data(self, data):
        if self._href is not None:
            self._text += data

    def handle_endtag(self, tag):
        if tag == "a" and self._href:
            self.links.append((self._text.strip(), self._href)); self._href = None


def unwrap(msg):
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            return part.get_payload()[0]
    return msg


def main(path):
    outer = email.message_from_bytes(open(path, "rb").read(), policy=policy.default)
    msg = unwrap(outer)
    print(f"# Triage: {msg['Subject']}\n")
    print(f"- From: `{msg['From']}`\n- Reply-To: `{msg['Reply-To']}`\n- Return-Path: `{msg['Return-Path']}`")
    ar = str(msg.get("Authentication-Results", ""))
    for k in ("spf", "dkim", "dmarc"):
        m = re.search(rf"{k}=(\w+)", ar)
        print(f"- {k.upper()}: {m.group(1) if m else 'none'}")
    print("\n## Received chain")
    for r in msg.get_all("Received", []) or []:
        print(f"- {' '.join(str(r).split())[:160]}")

    texts, links = [], []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True) or b""
            print(f"\n- attachment `{part.get_filename()}` ({ctype}) sha256={hashlib.sha256(data).hexdigest()}")
            continue
        if ctype in ("text/plain", "text/html"):
            body = part.get_content()
            texts.append(body)
            if ctype == "text/html":
                p = Links(); p.feed(body); links += p.links

    print("\n## URLs (defanged)")
    seen = set()
    for body in texts:
        for u in URL_RE.findall(body):
            if u not in seen:
                seen.add(u); print(f"- {defang(u)}")
    for text, href in links:
        if URL_RE.match(text) and text.split("/")[2:3] != href.split("/")[2:3]:
            print(f"- MISMATCH: text `{defang(text)}` -> href `{defang(href)}`")

    joined = "\n".join(texts)
    print("\n## Indicators")
    for m in set(URGENCY.findall(joined)):
        print(f"- urgency/payment phrase: \"{m}\"")
    for m in set(x[0] for x in AI_BAIT.findall(joined)):
        print(f"- text aimed at AI triage: \"{m}\" (recorded, not followed)")


if __name__ == "__main__":
    main(sys.argv[1])
