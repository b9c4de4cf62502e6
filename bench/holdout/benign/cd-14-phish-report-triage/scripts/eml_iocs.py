#!/usr/bin/env python3
"""Extract IOCs from a reported .eml. Offline: parses the file, never fetches anything."""
import argparse
import email
import hashlib
import re
from email import policy
from urllib.parse import urlparse

URL_RE = re.compile(r"""https?://[^\s"'<>)\]]+""", re.I)


def defang(url):
    u = url.replace("http", "hxxp", 1)
    p = urlparse(url)
    host = p.hostname or ""
    return u.replace(host, host.replace(".", "[.]"), 1)


def load_intel(path):
    if not path:
        return set()
    with open(path, encoding="utf-8") as fh:
        return {l.strip().lower() for l in fh if l.strip() and not l.startswith("#")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("eml")
    ap.add_argument("--intel")
    a = ap.parse_args()
    intel = load_intel(a.intel)

    with open(a.eml, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    print("== headers")
    for h in ("From", "Reply-To", "Return-Path", "To", "Subject", "Date", "Message-ID"):
        if msg.get(h):
            print(f"{h}: {msg.get(h)}")
    for ar in msg.get_all("Authentication-Results") or []:
        print(f"Authentication-Results: {ar}")
    received = msg.get_all("Received") or []
    if received:
        print(f"First hop (bottom Received): {received[-1][:200]}")

    urls, attachments = set(), []
    for part in msg.walk():
        if part.is_attachment():
            data = part.get_payload(decode=True) or b""
            attachments.append((part.get_filename(), part.get_content_type(), len(data),
                                hashlib.sha256(data).hexdigest()))
            continue
        if part.get_content_maintype() == "text":
            try:
                urls.update(URL_RE.findall(part.get_content()))
            except (LookupError, UnicodeDecodeError):
                pass

    print("\n== urls (defanged)")
    for u in sorted(urls):
        host = (urlparse(u).hostname or "").lower()
        hit = " [INTEL HIT]" if host in intel or any(host.endswith("." + d) for d in intel) else ""
        print(f"  {defang(u)}{hit}")

    print("\n== attachments")
    for name, ctype, size, sha in attachments:
        print(f"  {name} {ctype} {size}B sha256={sha}")
    if not attachments:
        print("  none")


if __name__ == "__main__":
    main()
