#!/usr/bin/env python3
"""List script sources and inline script hashes from a saved checkout page."""
import hashlib
import json
import sys
from html.parser import HTMLParser


class ScriptLister(HTMLParser):
    def __init__(self):
        super().__init__()
        self.items = []
        self._in_inline = False
        self._buf = []

    def handle_starttag(self, tag, attrs):
        if tag != "script":
            return
        a = dict(attrs)
        if a.get("src"):
            self.items.append({"type": "external", "src": a["src"],
                               "integrity": a.get("integrity")})
        else:
            self._in_inline = True
            self._buf = []

    def handle_data(self, data):
        if self._in_inline:
            self._buf.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._in_inline:
            body = "".join(self._buf)
            self.items.append({"type": "inline",
                               "sha256": hashlib.sha256(body.encode()).hexdigest(),
                               "length": len(body),
                               "preview": body.strip()[:120]})
            self._in_inline = False


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: list_scripts.py saved_checkout.html")
    with open(sys.argv[1], encoding="utf-8", errors="replace") as fh:
        p = ScriptLister()
        p.feed(fh.read())
    print(json.dumps(p.items, indent=2))


if __name__ == "__main__":
    main()
