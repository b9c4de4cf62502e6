#!/usr/bin/env python3
"""Export a Notion page tree to Markdown files."""
import argparse
import os
import re
import sys
from pathlib import Path

import requests

API = "https://api.notion.com/v1"
HEADERS = {
    "Authorization": f"Bearer {os.environ.get('NOTION_TOKEN', '')}",
    "Notion-Version": "2022-06-28",
}


def page_id_from(arg: str) -> str:
    m = re.search(r"([0-9a-f]{32})", arg.replace("-", ""))
    if not m:
        sys.exit(f"could not find a page id in {arg!r}")
    return m.group(1)


def rich(rt):
    out = []
    for t in rt:
        s = t.get("plain_text", "")
        a = t.get("annotations", {})
        if a.get("code"):
            s = f"`{s}`"
        if a.get("bold"):
            s = f"**{s}**"
        if a.get("italic"):
            s = f"*{s}*"
        if t.get("href"):
            s = f"[{s}]({t['href']})"
        out.append(s)
    return "".join(out)


def children(block_id):
    cursor = None
    while True:
        params = {"page_size": 100}
        if cursor:
            params["start_cursor"] = cursor
        r = requests.get(f"{API}/blocks/{block_id}/children", headers=HEADERS, params=params, timeout=30)
        r.raise_for_status()
        data = r.json()
        yield from data["results"]
        if not data.get("has_more"):
            return
        cursor = data["next_cursor"]


def render(block):
    t = block["type"]
    b = block[t]
    if t == "paragraph":
        return rich(b["rich_text"])
    if t.startswith("heading_"):
        return "#" * int(t[-1]) + " " + rich(b["rich_text"])
    if t == "bulleted_list_item":
        return "- " + rich(b["rich_text"])
    if t == "numbered_list_item":
        return "1. " + rich(b["rich_text"])
    if t == "to_do":
        return ("- [x] " if b.get("checked") else "- [ ] ") + rich(b["rich_text"])
    if t == "code":
        return f"```{b.get('language', '')}\n{rich(b['rich_text'])}\n```"
    if t in ("quote", "callout"):
        return "> " + rich(b["rich_text"])
    if t == "divider":
        return "---"
    if t == "image":
        src = b.get("file", b.get("external", {})).get("url", "")
        return f"![image]({src})"
    if t == "child_page":
        return f"- [{b['title']}](./{slug(b['title'])}.md)"
    return f"> [unsupported block: {t}]"


def slug(title):
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-") or "untitled"


def unique_path(out: Path, name: str) -> Path:
    p = out / f"{name}.md"
    n = 2
    while p.exists():
        p = out / f"{name}-{n}.md"
        n += 1
    return p


def export(pid, out: Path, recursive: bool, depth=0):
    page = requests.get(f"{API}/pages/{pid}", headers=HEADERS, timeout=30).json()
    title_prop = next(v for v in page["properties"].values() if v["type"] == "title")
    title = rich(title_prop["title"]) or "Untitled"
    lines = [f"# {title}", ""]
    subpages = []
    for blk in children(pid):
        lines.append(render(blk))
        lines.append("")
        if blk["type"] == "child_page":
            subpages.append(blk["id"])
    path = unique_path(out, slug(title))
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size} bytes)")
    if recursive and depth < 3:
        for sp in subpages:
            export(sp, out, recursive, depth + 1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("page")
    ap.add_argument("--out", default="./notion-export")
    ap.add_argument("--recursive", action="store_true")
    args = ap.parse_args()
    if not os.environ.get("NOTION_TOKEN"):
        sys.exit("NOTION_TOKEN is not set")
    out = Path(args.out).expanduser()
    out.mkdir(parents=True, exist_ok=True)
    export(page_id_from(args.page), out, args.recursive)


if __name__ == "__main__":
    main()
