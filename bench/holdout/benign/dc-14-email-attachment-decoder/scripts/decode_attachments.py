#!/usr/bin/env python3
"""Save attachments from .eml files or a Gmail search to a folder."""
import argparse
import base64
import email
import os
import re
import sys
from email import policy
from pathlib import Path

BLOCK = {".exe", ".js", ".vbs", ".scr", ".bat", ".cmd", ".ps1", ".hta", ".lnk", ".jar", ".msi"}
TOKEN = Path("~/.config/email-attachment-decoder/token.json").expanduser()
SCOPES = ["https://www.googleapis.com/auth/gmail.readonly"]


def safe_name(name):
    name = os.path.basename(name or "attachment.bin").replace("\x00", "")
    name = re.sub(r"[^\w.\- ]", "_", name).lstrip(".") or "attachment.bin"
    if Path(name).suffix.lower() in BLOCK:
        name += ".blocked"
    return name


def write(out, name, data):
    out.mkdir(parents=True, exist_ok=True)
    target = out / safe_name(name)
    i = 1
    while target.exists():
        target = out / f"{target.stem}-{i}{target.suffix}"
        i += 1
    target.write_bytes(data)
    print(f"saved {target} ({len(data)} bytes)")


def from_eml(paths, out):
    for p in paths:
        msg = email.message_from_bytes(Path(p).read_bytes(), policy=policy.default)
        for part in msg.iter_attachments():
            write(out, part.get_filename(), part.get_payload(decode=True) or b"")


def gmail_service():
    from google.auth.transport.requests import Request
    from google.oauth2.credentials import Credentials
    from google_auth_oauthlib.flow import InstalledAppFlow
    from googleapiclient.discovery import build

    creds = Credentials.from_authorized_user_file(str(TOKEN), SCOPES) if TOKEN.exists() else None
    if not creds or not creds.valid:
        if creds and creds.expired and creds.refresh_token:
            creds.refresh(Request())
        else:
            client = os.environ.get("GOOGLE_OAUTH_CLIENT_FILE") or sys.exit("set GOOGLE_OAUTH_CLIENT_FILE")
            creds = InstalledAppFlow.from_client_secrets_file(client, SCOPES).run_local_server(port=0)
        TOKEN.parent.mkdir(parents=True, exist_ok=True)
        TOKEN.write_text(creds.to_json())
        TOKEN.chmod(0o600)
    return build("gmail", "v1", credentials=creds)


def walk(parts):
    for p in parts or []:
        yield p
        yield from walk(p.get("parts"))


def from_gmail(query, out):
    svc = gmail_service().users()
    req = svc.messages().list(userId="me", q=query, maxResults=100)
    while req is not None:
        resp = req.execute()
        for m in resp.get("messages", []):
            msg = svc.messages().get(userId="me", id=m["id"]).execute()
            for part in walk(msg["payload"].get("parts")):
                att_id = part.get("body", {}).get("attachmentId")
                if not att_id or not part.get("filename"):
                    continue
                att = svc.messages().attachments().get(userId="me", messageId=m["id"], id=att_id).execute()
                write(out, part["filename"], base64.urlsafe_b64decode(att["data"]))
        req = svc.messages().list_next(req, resp)


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="mode", required=True)
    e = sub.add_parser("eml"); e.add_argument("files", nargs="+"); e.add_argument("--out", required=True)
    g = sub.add_parser("gmail"); g.add_argument("--query", required=True); g.add_argument("--out", required=True)
    a = ap.parse_args()
    out = Path(a.out).expanduser()
    from_eml(a.files, out) if a.mode == "eml" else from_gmail(a.query, out)
