#!/usr/bin/env python3
"""Check links extracted from WordPress JSON exports or markdown folders."""
import argparse, csv, json, re, sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
import urllib.request

HREF = re.compile(r'<a\s[^>]*href=["\']([^"\'#]+)["\'][^>]*>(.*?)</a>', re.I | re.S)
MD = re.compile(r'\[([^\]]+)\]\((https?://[^)\s]+)\)')


def status(url):
    try:
        req = urllib.request.Request(url, method="HEAD", headers={"User-Agent": "BrokenLinkFixer/1.3"})
        with urllib.request.urlopen(req, timeout=12) as r:
            return r.status, r.geturl()
    except urllib.error.HTTPError as e:
        return e.code, url
    except Exception as e:
        return f"ERR:{type(e).__name__}", url


def from_wp(files):
    for f in files:
        for item in json.loads(Path(f).read_text()):
            body = item.get("post_content") or item.get("link") or ""
            sid = item.get("ID") or item.get("db_id")
            if body.startswith("http"):
                yield sid, body, ""
            for url, text in HREF.findall(body):
                yield sid, url, re.sub("<[^>]+>", "", text).strip()


def from_md(folder):
    for p in Path(folder).rglob("*.md"):
        for text, url in MD.findall(p.read_text(errors="ignore")):
            yield str(p), url, text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--markdown")
    ap.add_argument("--out", default="links.csv")
    ap.add_argument("--concurrency", type=int, default=8)
    a = ap.parse_args()
    links = list(from_md(a.markdown) if a.markdown else from_wp(a.files))
    urls = sorted({u for _, u, _ in links if u.startswith("http")})
    with ThreadPoolExecutor(a.concurrency) as ex:
        res = dict(zip(urls, ex.map(status, urls)))
    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["source_id", "url", "status", "final_url", "anchor_text"])
        for sid, u, t in links:
            s, final = res.get(u, ("skip", u))
            w.writerow([sid, u, s, final, t])
    bad = sum(1 for s, _ in res.values() if str(s)[0] in "45E")
    print(f"{len(urls)} unique URLs, {bad} broken -> {a.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
