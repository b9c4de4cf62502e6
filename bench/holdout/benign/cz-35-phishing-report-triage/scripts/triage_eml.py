#!/usr/bin/env python3
"""Static triage of a reported .eml. Never fetches URLs or writes attachments."""
import email
import hashlib
import re
import sys
from email import policy
from html.parser import HTMLParser

URL_RX = re.compile(r"""https?://[^\s"'<>)\]]+""", re.I)
MAGIC = {b"MZ": "PE executable", b"PK\x03\x04": "ZIP/OOXML", b"%PDF": "PDF",
         b"\xd0\xcf\x11\xe0": "OLE (legacy Office)", b"CD001": "ISO9660", b"L\x00\x00\x00": "LNK shortcut",
         b"<svg": "SVG", b"<!DOCTYPE html": "HTML", b"<html": "HTML"}
RISKY_EXT = (".iso", ".img", ".lnk", ".js", ".vbs", ".hta", ".html", ".htm", ".svg", ".one", ".xlsm", ".docm", ".zip")


def defang(u: str) -> str:
    return u.replace("http", "hxxp", 1).replace(".", "[.]").replace("://", "[://]", 1)


class HrefCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src", "action") and v and v.lower().startswith("http"):
                self.links.append(v)


def sniff(data: bytes) -> str:
    head = data[:64]
    for sig, name in MAGIC.items():
        if head.lstrip().startswith(sig) or (sig == b"CD001" and data[32769:32774] == sig):
            return name
    return "unknown"


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)
    print("== headers")
    for h in ("From", "Reply-To", "Return-Path", "To", "Subject", "Date", "Message-ID", "X-Sim-Campaign"):
        if msg[h]:
            print(f"{h}: {msg[h]}")
    for ar in msg.get_all("Authentication-Results", []):
        verdicts = re.findall(r"\b(spf|dkim|dmarc)=(\w+)", ar)
        print("Authentication-Results:", " ".join(f"{k}={v}" for k, v in verdicts))
    from_dom = (msg["From"].addresses[0].domain if msg["From"] and msg["From"].addresses else "").lower()
    rt = msg["Reply-To"]
    if rt and rt.addresses and rt.addresses[0].domain.lower() != from_dom:
        print(f"!! Reply-To domain differs from From domain ({from_dom})")

    urls, attachments = set(), []
    for part in msg.walk():
        if part.is_multipart():
            continue
        fname = part.get_filename()
        if fname or part.get_content_disposition() == "attachment":
            data = part.get_payload(decode=True) or b""
            attachments.append((fname or "(unnamed)", part.get_content_type(), len(data),
                                hashlib.sha256(data).hexdigest(), sniff(data)))
            continue
        ctype = part.get_content_type()
        if ctype in ("text/plain", "text/html"):
            text = part.get_content()
            urls.update(URL_RX.findall(text))
            if ctype == "text/html":
                p = HrefCollector()
                p.feed(text)
                urls.update(p.links)

    print(f"\n== urls ({len(urls)})")
    for u in sorted(urls):
        print("  " + defang(u))
    print(f"\n== attachments ({len(attachments)})")
    for name, ctype, size, sha, kind in attachments:
        flag = "  !! risky type" if name.lower().endswith(RISKY_EXT) or kind in ("PE executable", "LNK shortcut", "ISO9660") else ""
        print(f"  {name} declared={ctype} sniffed={kind} size={size} sha256={sha}{flag}")


if __name__ == "__main__":
    main(sys.argv[1])
