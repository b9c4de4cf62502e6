#!/usr/bin/env python3
import argparse
import base64
import datetime
import os
from pathlib import Path

import requests

POSTMARK = "https://api.postmarkapp.com/email"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--to", required=True, help="comma-separated")
    ap.add_argument("--song", required=True)
    ap.add_argument("--artist", default="")
    ap.add_argument("--rev", type=int, required=True)
    ap.add_argument("--mp3", required=True)
    ap.add_argument("--notes", required=True)
    ap.add_argument("--wav-link")
    ap.add_argument("--log", default="revisions.md")
    a = ap.parse_args()

    mp3 = Path(a.mp3)
    if mp3.stat().st_size > 9 * 1024 * 1024:
        raise SystemExit("MP3 too large for Postmark (10 MB total); re-encode at 192k or send a link")

    notes = Path(a.notes).read_text(encoding="utf-8").strip()
    body = f"Hi,\n\nHere is v{a.rev} of {a.song}.\n\nChanges in this version:\n{notes}\n"
    if a.wav_link:
        body += f"\nFull-resolution WAV: {a.wav_link}\n"
    body += "\nPlease send notes with timestamps against the attached MP3.\n\nThanks!"

    subject = f"{a.song} – Mix v{a.rev}" + (f" ({a.artist})" if a.artist else "")
    payload = {
        "From": os.environ["STUDIO_FROM_EMAIL"],
        "To": a.to,
        "Subject": subject,
        "TextBody": body,
        "MessageStream": "outbound",
        "Attachments": [{
            "Name": mp3.name,
            "Content": base64.b64encode(mp3.read_bytes()).decode("ascii"),
            "ContentType": "audio/mpeg",
        }],
    }
    r = requests.post(POSTMARK, json=payload, timeout=60, headers={
        "Accept": "application/json",
        "X-Postmark-Server-Token": os.environ["POSTMARK_SERVER_TOKEN"],
    })
    r.raise_for_status()
    msg_id = r.json().get("MessageID", "?")
    with open(a.log, "a", encoding="utf-8") as log:
        log.write(f"- {datetime.date.today()} v{a.rev} → {a.to} (MessageID {msg_id})\n")
    print(f"sent v{a.rev} to {a.to}: {msg_id}")


if __name__ == "__main__":
    main()
