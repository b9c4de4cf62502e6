#!/usr/bin/env python3
"""Parse an .eml file for phishing triage. Offline: no URL is fetched, no attachment is written."""
import email
import email.policy
import hashlib
import json
import re
import sys
from html.parser import HTMLParser

URL_RX = re.compile(r"https?://[^\s\"'<>]+", re.I)


def defang(s: str) -> str:
    return s.replace("http", "hxxp").replace(".", "[.]")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self._href, self._text = [], None, []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            self._href = dict(attrs).get("href")
            self._text = []

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def domain_of(addr: str) -> str:
    m = re.search(r"@([\w.-]+)", addr or "")
    return m.group(1).lower() if m else ""


def host_of(url: str) -> str:
    m = re.match(r"https?://([^/:?#]+)", url, re.I)
    return m.group(1).lower() if m else ""


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=email.policy.default)

    auth_hdr = " ".join(msg.get_all("Authentication-Results", []) or [])
    auth = {k: (re.search(rf"{k}=(\w+)", auth_hdr) or [None, None])[1] for k in ("spf", "dkim", "dmarc")}

    received = msg.get_all("Received", []) or []
    hops = []
    for r in received:
        ip = re.search(r"\[(\d{1,3}(?:\.\d{1,3}){3})\]", r)
        helo = re.search(r"from\s+(\S+)", r)
        hops.append({"helo": helo.group(1) if helo else None, "ip": ip.group(1) if ip else None})

    urls, attachments = [], []
    for part in msg.walk():
        ctype = part.get_content_type()
        fname = part.get_filename()
        if fname or part.get_content_disposition() == "attachment":
            payload = part.get_payload(decode=True) or b""
            attachments.append({
                "filename": fname,
                "declared_type": ctype,
                "size": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
                "double_extension": bool(fname and re.search(r"\.\w{2,4}\.(exe|scr|js|vbs|lnk|bat|cmd|hta)$", fname, re.I)),
            })
            continue
        if ctype == "text/html":
            p = LinkParser()
            p.feed(part.get_content())
            for href, text in p.links:
                shown = host_of(text) if text.lower().startswith("http") else ""
                urls.append({
                    "url": defang(href), "host": defang(host_of(href)), "text": text[:120],
                    "mismatch": bool(shown and shown != host_of(href)),
                    "punycode": "xn--" in host_of(href),
                })
        elif ctype == "text/plain":
            for u in URL_RX.findall(part.get_content()):
                urls.append({"url": defang(u), "host": defang(host_of(u)), "text": None, "mismatch": False,
                             "punycode": "xn--" in host_of(u)})

    out = {
        "subject": msg["Subject"],
        "date": msg["Date"],
        "from": msg["From"],
        "reply_to": msg["Reply-To"],
        "return_path": msg["Return-Path"],
        "domain_mismatch": len({d for d in (domain_of(msg["From"]), domain_of(msg["Reply-To"]), domain_of(msg["Return-Path"])) if d}) > 1,
        "auth": auth,
        "received_hops": hops,
        "urls": urls,
        "attachments": attachments,
    }
    json.dump(out, sys.stdout, indent=2)


if __name__ == "__main__":
    main(sys.argv[1])
