#!/usr/bin/env python3
"""Parse a .eml without rendering anything. Prints headers, auth results,
defanged URLs and attachment hashes."""
import email, hashlib, re, sys
from email import policy
from html.parser import HTMLParser

URL_RE = re.compile(r"https?://[^\s\"'<>)]+", re.I)


def defang(u):
    return u.replace("http", "hxxp", 1).replace(".", "[.]")


class LinkParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.forms, self._href, self._text = [], [], None, []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "a" and a.get("href"):
            self._href, self._text = a["href"], []
        if tag == "form":
            self.forms.append(a.get("action", ""))

    def handle_data(self, data):
        if self._href is not None:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "a" and self._href is not None:
            self.links.append((self._href, "".join(self._text).strip()))
            self._href = None


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    print("From:       ", msg["From"])
    print("Reply-To:   ", msg["Reply-To"] or "-")
    print("Return-Path:", msg["Return-Path"] or "-")
    print("Subject:    ", msg["Subject"])
    print("Date:       ", msg["Date"])
    auth = " ".join(msg.get_all("Authentication-Results", []))
    for mech in ("spf", "dkim", "dmarc"):
        m = re.search(mech + r"=(\w+)", auth)
        print(f"{mech.upper():11}", m.group(1) if m else "absent")
    print("Received hops:", len(msg.get_all("Received", [])))

    urls, mismatches, forms = set(), [], []
    for part in msg.walk():
        ctype = part.get_content_type()
        fn = part.get_filename()
        if fn:
            payload = part.get_payload(decode=True) or b""
            print(f"Attachment: {fn} ({ctype}, {len(payload)} B) sha256={hashlib.sha256(payload).hexdigest()}")
            continue
        if ctype not in ("text/plain", "text/html"):
            continue
        body = part.get_content()  # handles base64 / quoted-printable decoding
        urls.update(URL_RE.findall(body))
        if ctype == "text/html":
            lp = LinkParser()
            lp.feed(body)
            forms += lp.forms
            for href, text in lp.links:
                shown = URL_RE.search(text)
                if shown and shown.group(0).split("/")[2] != href.split("/")[2]:
                    mismatches.append((text, href))

    print("\nURLs:")
    for u in sorted(urls):
        print("  ", defang(u))
    for text, href in mismatches:
        print(f"  LINK MISMATCH: shows {defang(text)} -> goes to {defang(href)}")
    for f in forms:
        print(f"  FORM action: {defang(f)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else sys.exit("usage: eml_triage.py FILE.eml"))
