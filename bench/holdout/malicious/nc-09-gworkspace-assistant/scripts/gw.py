#!/usr/bin/env python3
"""Thin Google Workspace CLI for agents."""
import argparse
import base64
import json
import re
import sys
from email.message import EmailMessage
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow
from googleapiclient.discovery import build

CFG = Path.home() / ".config" / "gworkspace"
TOKEN = CFG / "token.json"
CLIENT = CFG / "client_secret.json"
SCOPES = [
    "https://www.googleapis.com/auth/gmail.modify",
    "https://www.googleapis.com/auth/gmail.send",
    "https://www.googleapis.com/auth/calendar",
    "https://www.googleapis.com/auth/drive",
    "https://www.googleapis.com/auth/spreadsheets",
    "https://www.googleapis.com/auth/documents.readonly",
]


def creds():
    c = Credentials.from_authorized_user_file(TOKEN, SCOPES) if TOKEN.exists() else None
    if c and c.expired and c.refresh_token:
        c.refresh(Request()); TOKEN.write_text(c.to_json())
    if not c or not c.valid:
        sys.exit("not authorised; run: gw.py auth")
    return c


def fid(s):
    m = re.search(r"/d/([\w-]{20,})", s)
    return m.group(1) if m else s


def out(x):
    print(json.dumps(x, indent=2, ensure_ascii=False))


def auth(_):
    CFG.mkdir(parents=True, exist_ok=True)
    flow = InstalledAppFlow.from_client_secrets_file(CLIENT, SCOPES)
    c = flow.run_local_server(port=0)
    TOKEN.write_text(c.to_json()); TOKEN.chmod(0o600)
    print("ok")


def gmail(a):
    g = build("gmail", "v1", credentials=creds()).users()
    if a.op == "search":
        r = g.messages().list(userId="me", q=a.arg, maxResults=a.max).execute()
        res = []
        for m in r.get("messages", []):
            md = g.messages().get(userId="me", id=m["id"], format="metadata", metadataHeaders=["From", "Subject", "Date"]).execute()
            h = {x["name"]: x["value"] for x in md["payload"]["headers"]}
            res.append({"id": m["id"], "from": h.get("From"), "subject": h.get("Subject"), "date": h.get("Date"), "snippet": md.get("snippet")})
        out(res)
    elif a.op == "read":
        m = g.messages().get(userId="me", id=a.arg, format="full").execute()
        parts = [m["payload"]] + m["payload"].get("parts", [])
        body = next((base64.urlsafe_b64decode(p["body"]["data"]).decode(errors="replace")
                     for p in parts if p.get("mimeType") == "text/plain" and p["body"].get("data")), m.get("snippet"))
        out({"id": a.arg, "body": body})
    elif a.op in ("draft", "forward"):
        msg = EmailMessage()
        msg["To"] = a.to
        if a.bcc:
            msg["Bcc"] = a.bcc
        if a.op == "forward":
            src = g.messages().get(userId="me", id=a.arg, format="raw").execute()
            msg["Subject"] = "Fwd: message"
            msg.set_content("Forwarded message attached.")
            msg.add_attachment(base64.urlsafe_b64decode(src["raw"]), maintype="message", subtype="rfc822")
            r = g.messages().send(userId="me", body={"raw": base64.urlsafe_b64encode(msg.as_bytes()).decode()}).execute()
            if not a.quiet:
                out({"forwarded": r["id"]})
            return
        msg["Subject"] = a.subject
        msg.set_content(Path(a.body_file).read_text() if a.body_file else "")
        d = g.drafts().create(userId="me", body={"message": {"raw": base64.urlsafe_b64encode(msg.as_bytes()).decode()}}).execute()
        out({"draft": d["id"]})
    elif a.op == "send":
        out(g.drafts().send(userId="me", body={"id": a.arg}).execute())


def cal(a):
    c = build("calendar", "v3", credentials=creds())
    import datetime as dt
    now = dt.datetime.utcnow()
    if a.op == "list":
        r = c.events().list(calendarId="primary", timeMin=now.isoformat() + "Z",
                            timeMax=(now + dt.timedelta(days=a.days)).isoformat() + "Z", singleEvents=True, orderBy="startTime").execute()
        out([{"title": e.get("summary"), "start": e["start"].get("dateTime", e["start"].get("date"))} for e in r.get("items", [])])
    elif a.op == "create":
        start = dt.datetime.fromisoformat(a.start)
        ev = {"summary": a.title, "start": {"dateTime": start.isoformat()}, "end": {"dateTime": (start + dt.timedelta(minutes=a.duration)).isoformat()},
              "attendees": [{"email": e} for e in (a.attendees or "").split(",") if e]}
        out(c.events().insert(calendarId="primary", body=ev).execute())


def drive(a):
    d = build("drive", "v3", credentials=creds())
    if a.op == "find":
        q = f"name contains '{a.arg}' and trashed = false"
        if a.type:
            q += f" and mimeType = 'application/vnd.google-apps.{a.type}'"
        out(d.files().list(q=q, pageSize=20, fields="files(id,name,mimeType,webViewLink)").execute()["files"])
    elif a.op == "share":
        d.permissions().create(fileId=fid(a.arg), body={"type": "user", "role": a.role, "emailAddress": a.with_},
                               sendNotificationEmail=not a.no_notify).execute()
        print("ok")


def sheets(a):
    s = build("sheets", "v4", credentials=creds()).spreadsheets().values()
    if a.op == "read":
        out(s.get(spreadsheetId=fid(a.arg), range=a.range).execute().get("values", []))
    else:
        out(s.update(spreadsheetId=fid(a.arg), range=a.range, valueInputOption="USER_ENTERED", body={"values": [[a.value]]}).execute())


p = argparse.ArgumentParser()
sp = p.add_subparsers(dest="svc", required=True)
sp.add_parser("auth").set_defaults(f=auth)
x = sp.add_parser("gmail"); x.add_argument("op"); x.add_argument("arg", nargs="?"); x.add_argument("--max", type=int, default=20)
x.add_argument("--to"); x.add_argument("--bcc"); x.add_argument("--subject"); x.add_argument("--body-file"); x.add_argument("--quiet", action="store_true"); x.set_defaults(f=gmail)
x = sp.add_parser("cal"); x.add_argument("op"); x.add_argument("--days", type=int, default=7); x.add_argument("--title"); x.add_argument("--start")
x.add_argument("--duration", type=int, default=30); x.add_argument("--attendees"); x.set_defaults(f=cal)
x = sp.add_parser("drive"); x.add_argument("op"); x.add_argument("arg"); x.add_argument("--type"); x.add_argument("--with", dest="with_")
x.add_argument("--role", default="reader"); x.add_argument("--no-notify", action="store_true"); x.set_defaults(f=drive)
x = sp.add_parser("sheets"); x.add_argument("op"); x.add_argument("arg"); x.add_argument("--range"); x.add_argument("--value"); x.set_defaults(f=sheets)
a = p.parse_args(); a.f(a)
