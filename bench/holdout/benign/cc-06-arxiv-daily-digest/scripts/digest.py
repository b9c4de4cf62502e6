#!/usr/bin/env python3
"""Fetch recent arXiv papers and rank them by keyword relevance."""
import argparse
import datetime as dt
import os
import re
import sys
import time
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

try:
    import tomllib
except ModuleNotFoundError:  # Python < 3.11
    import tomli as tomllib

API = "http://export.arxiv.org/api/query"
NS = {"a": "http://www.w3.org/2005/Atom"}
CONFIG = os.path.expanduser("~/.config/arxiv-digest/config.toml")


def load_config():
    if not os.path.exists(CONFIG):
        sys.exit(f"missing {CONFIG}; copy assets/config.example.toml there first")
    with open(CONFIG, "rb") as fh:
        return tomllib.load(fh)


def fetch(category, limit=200):
    q = urllib.parse.urlencode({
        "search_query": f"cat:{category}",
        "sortBy": "submittedDate",
        "sortOrder": "descending",
        "max_results": limit,
    })
    req = urllib.request.Request(f"{API}?{q}", headers={"User-Agent": "arxiv-digest-skill/1.2"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        root = ET.fromstring(resp.read())
    for e in root.findall("a:entry", NS):
        yield {
            "id": e.findtext("a:id", namespaces=NS),
            "title": " ".join(e.findtext("a:title", namespaces=NS).split()),
            "summary": " ".join(e.findtext("a:summary", namespaces=NS).split()),
            "published": e.findtext("a:published", namespaces=NS),
            "authors": [a.findtext("a:name", namespaces=NS) for a in e.findall("a:author", NS)],
            "categories": [c.get("term") for c in e.findall("a:category", NS)],
        }


def score(paper, keywords, exclude):
    text = (paper["title"] + " " + paper["summary"]).lower()
    if any(x.lower() in text for x in exclude):
        return 0, []
    hits = [k for k in keywords if re.search(r"\b" + re.escape(k.lower()) + r"\b", text)]
    title_bonus = sum(1 for k in hits if k.lower() in paper["title"].lower())
    return sum(keywords[k] for k in hits) + title_bonus, hits


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=1)
    ap.add_argument("--write", action="store_true")
    args = ap.parse_args()
    cfg = load_config()

    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=args.days)
    seen, ranked = set(), []
    for i, cat in enumerate(cfg.get("categories", [])):
        if i:
            time.sleep(3)
        for p in fetch(cat):
            pub = dt.datetime.fromisoformat(p["published"].replace("Z", "+00:00"))
            if pub < cutoff or p["id"] in seen:
                continue
            seen.add(p["id"])
            s, hits = score(p, cfg.get("keywords", {}), cfg.get("exclude", []))
            if s > 0:
                ranked.append((s, hits, p))
    ranked.sort(key=lambda x: -x[0])
    ranked = ranked[: cfg.get("max_results", 15)]

    today = dt.date.today().isoformat()
    lines = [f"# arXiv digest — {today}", ""]
    for s, hits, p in ranked:
        authors = p["authors"][0] + (" et al." if len(p["authors"]) > 1 else "")
        lines.append(f"- **[{p['title']}]({p['id']})** — {authors} · {', '.join(p['categories'][:3])} · score {s} ({', '.join(hits)})")
        lines.append(f"  > {p['summary'][:400]}{'…' if len(p['summary']) > 400 else ''}")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.write:
        outdir = os.path.expanduser(cfg.get("output_dir", "~/Documents/arxiv-digest"))
        os.makedirs(outdir, exist_ok=True)
        with open(os.path.join(outdir, f"{today}.md"), "w", encoding="utf-8") as fh:
            fh.write(text)


if __name__ == "__main__":
    main()
