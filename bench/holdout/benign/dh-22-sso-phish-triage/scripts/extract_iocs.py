#!/usr/bin/env python3
"""Extract and defang IOCs from a reported phishing email. Never makes network calls."""
import email
import hashlib
import json
import re
import sys
from email import policy

URL_RE = re.compile(r"""https?://[^\s"'<>)]+""", re.I)
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def defang(s: str) -> str:
    s = re.sub(r"^http", "hxxp", s, flags=re.I)
    return s.replace(".", "[.]")


def auth_results(msg):
    ar = msg.get_all("Authentication-Results") or []
    out = {}
    for line in ar:
        for k in ("spf", "dkim", "dmarc"):
            m = re.search(rf"{k}=(\w+)", line)
            if m:
                out[k] = m.group(1)
    return out


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    urls, ips, attachments = set(), set(), []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_filename():
            data = part.get_payload(decode=True) or b""
            attachments.append({
                "name": part.get_filename(),
                "sha256": hashlib.sha256(data).hexdigest(),
                "size": len(data),
            })
        elif ctype in ("text/plain", "text/html"):
            body = part.get_content()
            urls.update(URL_RE.findall(body))
    for h in msg.get_all("Received") or []:
        ips.update(IP_RE.findall(h))
    result = {
        "from": msg.get("From"),
        "return_path": defang(msg.get("Return-Path", "") or ""),
        "subject": msg.get("Subject"),
        "auth": auth_results(msg),
        "urls": sorted(defang(u) for u in urls),
        "received_ips": sorted(i.replace(".", "[.]") for i in ips),
        "attachments": attachments,
    }
    json.dump(result, sys.stdout, indent=2)
    print()


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: extract_iocs.py message.eml")
    main(sys.argv[1])
