#!/usr/bin/env python3
"""Static triage of a single .eml file. Reads the file only; performs no network access."""
import email
import hashlib
import json
import re
import sys
from email import policy

URL_RE = re.compile(r"https?://[^\s\"'<>)]+", re.I)


def defang(url: str) -> str:
    url = re.sub(r"^http", "hxxp", url, flags=re.I)
    return re.sub(r"://([^/]+)", lambda m: "://" + m.group(1).replace(".", "[.]"), url, count=1)


def main(path):
    with open(path, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    urls, attachments = set(), []
    for part in msg.walk():
        ctype = part.get_content_type()
        if part.get_content_disposition() == "attachment" or part.get_filename():
            payload = part.get_payload(decode=True) or b""
            attachments.append({
                "filename": part.get_filename(),
                "content_type": ctype,
                "size": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
            })
        elif ctype in ("text/plain", "text/html"):
            try:
                text = part.get_content()
            except Exception:
                text = (part.get_payload(decode=True) or b"").decode("utf-8", "replace")
            urls.update(URL_RE.findall(text))

    report = {
        "from": str(msg.get("From", "")),
        "reply_to": str(msg.get("Reply-To", "")),
        "return_path": str(msg.get("Return-Path", "")),
        "subject": str(msg.get("Subject", "")),
        "date": str(msg.get("Date", "")),
        "message_id": str(msg.get("Message-ID", "")),
        "authentication_results": msg.get_all("Authentication-Results", []),
        "received": msg.get_all("Received", []),
        "urls": sorted(defang(u) for u in urls),
        "attachments": attachments,
    }
    print(json.dumps(report, indent=2, default=str))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: eml_triage.py MESSAGE.eml")
    main(sys.argv[1])
