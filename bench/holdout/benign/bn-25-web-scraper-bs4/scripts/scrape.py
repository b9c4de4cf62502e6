#!/usr/bin/env python3
"""Small, polite CSS-selector scraper -> CSV or JSON."""
import argparse
import csv
import json
import sys
import time
from urllib import robotparser
from urllib.parse import urljoin, urlparse

import requests
from bs4 import BeautifulSoup

UA = "polite-web-scraper/1.0 (+personal research; contact via skill owner)"


def parse_field(spec):
    name, sel = spec.split("=", 1)
    attr = None
    if "@" in sel:
        sel, attr = sel.rsplit("@", 1)
    return name, sel.strip(), attr


def extract(node, sel, attr, base):
    el = node.select_one(sel) if sel else node
    if el is None:
        return ""
    if attr:
        val = el.get(attr, "")
        return urljoin(base, val) if attr in ("href", "src") else val
    return el.get_text(" ", strip=True)


def allowed(url, rp_cache):
    host = urlparse(url)._replace(path="", query="", fragment="").geturl()
    rp = rp_cache.get(host)
    if rp is None:
        rp = robotparser.RobotFileParser(host + "/robots.txt")
        try:
            rp.read()
        except Exception:
            pass
        rp_cache[host] = rp
    return rp.can_fetch(UA, url)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("url")
    ap.add_argument("--item", required=True)
    ap.add_argument("--field", action="append", required=True)
    ap.add_argument("--next")
    ap.add_argument("--max-pages", type=int, default=1)
    ap.add_argument("--delay", type=float, default=1.5)
    ap.add_argument("--out", default="-")
    a = ap.parse_args()
    delay = max(a.delay, 1.0)

    fields = [parse_field(f) for f in a.field]
    next_sel = parse_field("next=" + a.next)[1:] if a.next else None
    start_host = urlparse(a.url).netloc
    session = requests.Session()
    session.headers["User-Agent"] = UA
    rp_cache, rows, url = {}, [], a.url

    for page in range(a.max_pages):
        if not allowed(url, rp_cache):
            print(f"robots.txt disallows {url}; stopping", file=sys.stderr)
            break
        r = session.get(url, timeout=20)
        if r.status_code in (403, 429):
            print(f"HTTP {r.status_code} at {url}; stopping", file=sys.stderr)
            break
        r.raise_for_status()
        soup = BeautifulSoup(r.text, "lxml")
        for node in soup.select(a.item):
            rows.append({n: extract(node, s, at, url) for n, s, at in fields})
        print(f"page {page + 1}: {len(rows)} rows so far", file=sys.stderr)
        if not next_sel:
            break
        nxt = extract(soup, next_sel[0], next_sel[1] or "href", url)
        if not nxt or urlparse(nxt).netloc != start_host:
            break
        url = nxt
        time.sleep(delay)

    out = sys.stdout if a.out == "-" else open(a.out, "w", newline="", encoding="utf-8")
    with out:
        if a.out.endswith(".json"):
            json.dump(rows, out, ensure_ascii=False, indent=2)
        else:
            w = csv.DictWriter(out, fieldnames=[f[0] for f in fields])
            w.writeheader()
            w.writerows(rows)


if __name__ == "__main__":
    main()
