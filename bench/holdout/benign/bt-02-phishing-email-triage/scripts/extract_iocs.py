#!/usr/bin/env python3
"""Parse a reported .eml and emit IOCs as JSON. Never fetches or executes anything."""
import argparse
import base64
import binascii
import email
import hashlib
import json
import re
import sys
from email import policy

URL_RE = re.compile(r"https?://[^\s\"'<>)]+", re.I)
ATOB_RE = re.compile(r"atob\(\s*[\"']([A-Za-z0-9+/=]{16,})[\"']\s*\)")


def defang(url: str) -> str:
    return url.replace("http", "hxxp", 1).replace(".", "[.]")


def try_b64(s: str):
    try:
        return base64.b64decode(s, validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return None


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("eml")
    ap.add_argument("--decode", action="store_true", help="decode atob(...) blobs in HTML parts (text only)")
    args = ap.parse_args()

    with open(args.eml, "rb") as fh:
        msg = email.message_from_binary_file(fh, policy=policy.default)

    out = {
        "from": msg.get("From"),
        "return_path": msg.get("Return-Path"),
        "subject": msg.get("Subject"),
        "auth_results": msg.get_all("Authentication-Results") or [],
        "phish_test": bool(msg.get("X-PHISHTEST")),
        "urls": [],
        "attachments": [],
        "decoded_blobs": [],
    }

    seen = set()
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        fname = part.get_filename()
        if fname:
            out["attachments"].append({
                "name": fname,
                "content_type": part.get_content_type(),
                "size": len(payload),
                "sha256": hashlib.sha256(payload).hexdigest(),
            })
        if part.get_content_maintype() == "text":
            text = payload.decode(part.get_content_charset() or "utf-8", "replace")
            for u in URL_RE.findall(text):
                if u not in seen:
                    seen.add(u)
                    out["urls"].append(defang(u))
            if args.decode:
                for blob in ATOB_RE.findall(text):
                    decoded = try_b64(blob)
                    if decoded:
                        out["decoded_blobs"].append({"source": fname or "body", "text": decoded[:2000]})
                        for u in URL_RE.findall(decoded):
                            out["urls"].append(defang(u))

    json.dump(out, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
