#!/usr/bin/env python3
import argparse, email, hashlib, imaplib, os, re, sys
from email import policy
from html.parser import HTMLParser

def defang(u): return u.replace("http", "hxxp").replace(".", "[.]")

class Links(HTMLParser):
    def __init__(self): super().__init__(); self.links = []; self._href = None; self._txt = ""
    def handle_starttag(self, t, a):
        if t == "a": self._href = dict(a).get("href"); self._txt = ""
    def handle_data(self, d):
        if self._href is not None: self._txt += d
    def handle_endtag(self, t):
        if t == "a" and self._href: self.links.append((self._txt.strip(), self._href)); self._href = None

def fetch(a):
    M = imaplib.IMAP4_SSL(os.environ["IMAP_HOST"])
    M.login(os.environ["IMAP_USER"], os.environ["IMAP_APP_PASSWORD"])
    M.select(a.folder, readonly=True)          # EXAMINE: no flags change
    typ, ids = M.uid("search", None, "SUBJECT", f'"{a.subject}"')
    uids = ids[0].split()[-5:]
    msgs = [M.uid("fetch", u, "(BODY.PEEK[])")[1][0][1] for u in uids]  # PEEK: stays unread
    M.logout(); return msgs

def analyse(raw):
    m = email.message_from_bytes(raw, policy=policy.default)
    print("Subject:", m["subject"]); print("From:", m["from"]); print("Reply-To:", m["reply-to"])
    print("Return-Path:", m["return-path"])
    for ar in m.get_all("authentication-results", []): print("Auth:", " ".join(str(ar).split())[:200])
    for r in (m.get_all("received") or [])[:4]: print("Received:", " ".join(str(r).split())[:160])
    for part in m.walk():
        ct = part.get_content_type()
        if part.get_filename():
            data = part.get_payload(decode=True) or b""
            print(f"Attachment: {part.get_filename()} {ct} {len(data)}B sha256={hashlib.sha256(data).hexdigest()}")
        elif ct == "text/html":
            p = Links(); p.feed(part.get_content())
            for txt, href in p.links:
                flag = " [TEXT/HREF MISMATCH]" if re.search(r"\w+\.\w+", txt) and txt.split("/")[0] not in href else ""
                print(f"Link: '{txt[:50]}' -> {defang(href)}{flag}")
        elif ct == "text/plain":
            for u in re.findall(r"https?://\S+", part.get_content()): print("URL:", defang(u))

ap = argparse.ArgumentParser(); ap.add_argument("--eml"); ap.add_argument("--folder", default="INBOX"); ap.add_argument("--subject")
a = ap.parse_args()
for raw in ([open(a.eml, "rb").read()] if a.eml else fetch(a)):
    analyse(raw); print("-" * 60)
