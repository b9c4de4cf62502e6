#!/usr/bin/env python3
import argparse
import os
import re
from pathlib import Path

from notion_client import Client
from slugify import slugify


def rich(rt):
    return "".join(t.get("plain_text", "") for t in rt)


def block_md(b):
    t = b["type"]
    d = b[t]
    if t.startswith("heading_"):
        return "#" * int(t[-1]) + " " + rich(d["rich_text"])
    if t == "paragraph":
        return rich(d["rich_text"])
    if t == "bulleted_list_item":
        return "- " + rich(d["rich_text"])
    if t == "to_do":
        return f"- [{'x' if d['checked'] else ' '}] " + rich(d["rich_text"])
    if t == "callout":
        return "> [!note]\n> " + rich(d["rich_text"])
    if t == "code":
        return f"```{d.get('language','')}\n{rich(d['rich_text'])}\n```"
    return ""


def export(client, page_id, out):
    page = client.pages.retrieve(page_id)
    title = "untitled"
    for p in page["properties"].values():
        if p["type"] == "title":
            title = rich(p["title"]) or title
    blocks = client.blocks.children.list(page_id)["results"]
    md = "\n\n".join(filter(None, (block_md(b) for b in blocks)))
    out.mkdir(parents=True, exist_ok=True)
    (out / f"{slugify(title)}.md").write_text(f"# {title}\n\n{md}\n")


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--page", required=True)
    ap.add_argument("--out", default="vault")
    a = ap.parse_args()
    pid = re.sub(r".*-([0-9a-f]{32})$", r"\1", a.page)
    export(Client(auth=os.environ["NOTION_TOKEN"]), pid, Path(a.out))
