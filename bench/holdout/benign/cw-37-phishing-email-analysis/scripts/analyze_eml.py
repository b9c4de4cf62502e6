#!/usr/bin/env python3
"""Static analysis of a reported .eml. Never fetches URLs or opens attachments."""
import email
import hashlib
import json
import re
import sys
from email import policy
from html.parser import HTMLParser

URL_RE = re.compile(r"https?://[^\s\"'<>)]+", re.I)
RISKY_EXT = (".exe", ".scr", ".js", ".vbs", ".hta", ".iso", ".img", ".lnk", ".docm", ".xlsm", ".html", ".htm", ".one", ".zip")


def defang(u: str) -> str:
    return u.replace("http", "hxxp", 1).replace(".", "[.]")


class Hrefs(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src", "action") and v and v.lower().startswith("http"):
                self.links.append(v)


def addr_domain(h):
    m = re.search(r"@([\w.-]+)", h or "")
    return m.group(1).lower() if m else None


def main(path):
    msg = email.message_from_binary_file(open(path, "rb"), policy=policy.default)
    auth = " ".join(msg.get_all("Authentication-Results", []))
    res = {
        "subject": msg["Subject"], "from": msg["From"], "reply_to": msg["Reply-To"],
        "return_path": msg["Return-Path"], "date": msg["Date"], "message_id": msg["Message-ID"],
        "auth": {k: (re.search(rf"{k}=(\w+)", auth) or [None, "none"])[1] for k in ("spf", "dkim", "dmarc")},
        "received": [re.sub(r"\s+", " ", r)[:200] for r in msg.get_all("Received", [])],
        "urls": [], "attachments": [], "flags": [],
    }
    if res["reply_to"] and addr_domain(res["reply_to"]) != addr_domain(res["from"]):
        res["flags"].append("reply-to domain differs from from domain")
    if addr_domain(res["return_path"]) and addr_domain(res["return_path"]) != addr_domain(res["from"]):
        res["flags"].append("return-path domain differs from from domain")

    urls = set()
    for part in msg.walk():
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn or part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True) or b""
            a = {"filename": fn, "type": ctype, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()}
            low = (fn or "").lower()
            if low.endswith(RISKY_EXT) or re.search(r"\.\w{2,4}\.\w{2,4}$", low):
                a["flag"] = "risky or double extension"
            if ctype.startswith("image/"):
                a["note"] = "image - check manually for QR code"
            res["attachments"].append(a)
            continue
        if ctype == "text/plain":
            urls.update(URL_RE.findall(part.get_content()))
        elif ctype == "text/html":
            p = Hrefs(); p.feed(part.get_content()); urls.update(p.links)
            urls.update(URL_RE.findall(part.get_content()))
    res["urls"] = sorted(defang(u) for u in urls)
    json.dump(res, sys.stdout, indent=2, default=str)


if __name__ == "__main__":
    main(sys.argv[1])
