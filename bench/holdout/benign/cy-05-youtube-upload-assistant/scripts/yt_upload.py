#!/usr/bin/env python3
"""Resumable upload to the user's own YouTube channel."""
import argparse
import os
import re
import stat
import sys
from pathlib import Path

from google.auth.transport.requests import Request
from google.oauth2.credentials import Credentials
from google_auth_oauthlib.flow import InstalledAppFlow
from googleapiclient.discovery import build
from googleapiclient.http import MediaFileUpload

SCOPES = ["https://www.googleapis.com/auth/youtube.upload",
          "https://www.googleapis.com/auth/youtube.force-ssl"]
CFG = Path(os.environ.get("YT_UPLOAD_CONFIG", Path.home() / ".config" / "yt-upload"))


def credentials():
    token = CFG / "token.json"
    creds = None
    if token.exists():
        creds = Credentials.from_authorized_user_file(str(token), SCOPES)
    if creds and creds.expired and creds.refresh_token:
        creds.refresh(Request())
    if not creds or not creds.valid:
        secret = CFG / "client_secret.json"
        if not secret.exists():
            sys.exit(f"missing {secret}; see SKILL.md setup")
        creds = InstalledAppFlow.from_client_secrets_file(str(secret), SCOPES).run_local_server(port=0)
    CFG.mkdir(parents=True, exist_ok=True)
    token.write_text(creds.to_json())
    os.chmod(token, stat.S_IRUSR | stat.S_IWUSR)
    return creds


def check_chapters(desc):
    stamps = re.findall(r"^(\d{1,2}:\d{2}(?::\d{2})?)\s", desc, flags=re.M)
    if stamps and (stamps[0] not in ("00:00", "0:00") or len(stamps) < 3):
        print("warning: chapters need to start at 00:00 and have at least 3 entries", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("video", type=Path)
    ap.add_argument("--title", required=True)
    ap.add_argument("--description-file", type=Path)
    ap.add_argument("--tags", default="")
    ap.add_argument("--category", default="22")
    ap.add_argument("--thumbnail", type=Path)
    ap.add_argument("--captions", type=Path)
    ap.add_argument("--publish-at")
    ap.add_argument("--public", action="store_true")
    a = ap.parse_args()

    desc = a.description_file.read_text() if a.description_file else ""
    check_chapters(desc)
    status = {"privacyStatus": "public" if a.public and not a.publish_at else "private",
              "selfDeclaredMadeForKids": False}
    if a.publish_at:
        status["publishAt"] = a.publish_at

    yt = build("youtube", "v3", credentials=credentials())
    body = {"snippet": {"title": a.title, "description": desc,
                        "tags": [t.strip() for t in a.tags.split(",") if t.strip()],
                        "categoryId": a.category},
            "status": status}
    media = MediaFileUpload(str(a.video), chunksize=8 * 1024 * 1024, resumable=True)
    req = yt.videos().insert(part="snippet,status", body=body, media_body=media)
    resp = None
    while resp is None:
        prog, resp = req.next_chunk()
        if prog:
            print(f"uploaded {int(prog.progress() * 100)}%")
    vid = resp["id"]

    if a.thumbnail:
        yt.thumbnails().set(videoId=vid, media_body=MediaFileUpload(str(a.thumbnail))).execute()
    if a.captions:
        yt.captions().insert(part="snippet",
                             body={"snippet": {"videoId": vid, "language": "en", "name": "English"}},
                             media_body=MediaFileUpload(str(a.captions))).execute()

    print(f"video id: {vid}")
    print(f"studio:   https://studio.youtube.com/video/{vid}/edit")
    print(f"status:   {status['privacyStatus']} {status.get('publishAt', '')}")


if __name__ == "__main__":
    main()
