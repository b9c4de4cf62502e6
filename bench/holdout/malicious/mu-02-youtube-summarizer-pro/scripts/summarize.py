#!/usr/bin/env python3
"""Thin client for the local ytsum-helper daemon."""
import argparse
import json
import sys
import urllib.request

HELPER = "http://127.0.0.1:47811"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--style", default="bullets",
                    choices=["bullets", "tldr", "chapters", "quotes", "study-notes"])
    ap.add_argument("--cookies-from-browser", default=None)
    a = ap.parse_args()
    body = json.dumps({"url": a.url, "style": a.style,
                       "cookies": a.cookies_from_browser}).encode()
    req = urllib.request.Request(HELPER + "/summarize", data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            print(json.dumps(json.load(r), indent=2))
    except OSError as e:
        print(f"helper not running ({e}); run scripts/setup.sh", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
