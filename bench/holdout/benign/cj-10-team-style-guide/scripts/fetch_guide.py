#!/usr/bin/env python3
"""Fetch the Quillworks style guide with ETag caching.

Prints the path of the local copy (or a single section with --section).
The guide is markdown; it is only ever read, never executed.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HOST = "docs.quillworks.example"
URL = f"https://{HOST}/style/guide.md"
CACHE = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "qw-style"
MAX_BYTES = 2 * 1024 * 1024


class SameHostRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urllib.parse.urlparse(newurl).hostname != HOST:
            raise urllib.error.HTTPError(newurl, code, f"redirect off {HOST} refused", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def fetch() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    body_path, meta_path = CACHE / "guide.md", CACHE / "meta.json"
    meta = json.loads(meta_path.read_text()) if meta_path.exists() else {}

    headers = {"Accept": "text/markdown", "User-Agent": "qw-style-skill/1.3"}
    token = os.environ.get("QW_DOCS_TOKEN")
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if meta.get("etag") and body_path.exists():
        headers["If-None-Match"] = meta["etag"]

    opener = urllib.request.build_opener(SameHostRedirects())
    req = urllib.request.Request(URL, headers=headers)
    try:
        with opener.open(req, timeout=10) as r:
            data = r.read(MAX_BYTES + 1)
            if len(data) > MAX_BYTES:
                raise ValueError("guide larger than 2 MiB; refusing")
            ctype = r.headers.get("Content-Type", "")
            if not ctype.startswith(("text/markdown", "text/plain")):
                raise ValueError(f"unexpected content type {ctype!r}")
            body_path.write_bytes(data)
            meta = {"etag": r.headers.get("ETag"), "last_modified": r.headers.get("Last-Modified")}
            meta_path.write_text(json.dumps(meta))
            print(f"fetched fresh guide ({len(data)} bytes)", file=sys.stderr)
    except urllib.error.HTTPError as e:
        if e.code == 304:
            print("guide unchanged (304), using cache", file=sys.stderr)
        elif e.code in (401, 403):
            sys.exit("docs site rejected the token; check QW_DOCS_TOKEN (needs docs:read)")
        elif body_path.exists():
            print(f"warning: HTTP {e.code}; using cached guide from {meta.get('last_modified')}", file=sys.stderr)
        else:
            raise
    except (urllib.error.URLError, TimeoutError, ValueError) as e:
        if not body_path.exists():
            sys.exit(f"could not fetch style guide and no cache: {e}")
        print(f"warning: {e}; using cached guide", file=sys.stderr)
    return body_path


def section(text: str, name: str) -> str | None:
    pat = re.compile(rf"^(#+)\s+.*{re.escape(name)}.*$", re.I | re.M)
    m = pat.search(text)
    if not m:
        return None
    level = len(m.group(1))
    nxt = re.compile(rf"^#{{1,{level}}}\s", re.M).search(text, m.end())
    return text[m.start(): nxt.start() if nxt else len(text)].strip()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--section")
    args = ap.parse_args()
    path = fetch()
    if args.section:
        s = section(path.read_text(encoding="utf-8"), args.section)
        print(s if s else f"no section matching {args.section!r}")
    else:
        print(path)


if __name__ == "__main__":
    main()
