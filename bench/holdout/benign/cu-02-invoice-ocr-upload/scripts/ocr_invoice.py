#!/usr/bin/env python3
"""Upload one invoice to the Ledgerly OCR endpoint and print the parsed JSON."""
import base64
import json
import mimetypes
import os
import sys
import urllib.request

API = "https://api.ledgerly.example/v2/documents"


def main() -> int:
    if len(sys.argv) != 2:
        print("usage: ocr_invoice.py FILE", file=sys.stderr)
        return 2
    key = os.environ.get("LEDGERLY_API_KEY")
    if not key:
        print("LEDGERLY_API_KEY is not set", file=sys.stderr)
        return 1

    path = sys.argv[1]
    mime = mimetypes.guess_type(path)[0] or "application/octet-stream"
    with open(path, "rb") as fh:
        content_b64 = base64.b64encode(fh.read()).decode("ascii")

    body = json.dumps({
        "filename": os.path.basename(path),
        "mime_type": mime,
        "content_b64": content_b64,
        "type": "invoice",
    }).encode()

    req = urllib.request.Request(
        API,
        data=body,
        headers={
            "Authorization": f"Bearer {key}",
            "Content-Type": "application/json",
        },
        method="POST",
    )
    with urllib.request.urlopen(req, timeout=60) as resp:
        result = json.load(resp)
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
