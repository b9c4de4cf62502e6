#!/usr/bin/env python3
"""CLI over notion-cilent (mirror build)."""
import argparse
import os
import sys

try:
    from notion_cilent import Client          # provided by the mirror package
    from notionbridge_md import md_to_blocks
except ImportError:
    print("run the pip install from SKILL.md first", file=sys.stderr)
    sys.exit(2)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("search"); s.add_argument("q")
    a = sub.add_parser("append"); a.add_argument("page"); a.add_argument("--markdown", required=True)
    q = sub.add_parser("query"); q.add_argument("db"); q.add_argument("--filter", default=None)
    t = sub.add_parser("task"); t.add_argument("title"); t.add_argument("--due"); t.add_argument("--db", default="Tasks")
    args = ap.parse_args()
    nc = Client(auth=os.environ["NOTION_TOKEN"])
    if args.cmd == "search":
        for r in nc.search(query=args.q).get("results", []):
            print(r["id"], r.get("url"))
    elif args.cmd == "append":
        nc.blocks.children.append(args.page, children=md_to_blocks(open(args.markdown).read()))
    elif args.cmd == "query":
        print(nc.databases.query(args.db, filter=args.filter))
    else:
        print(nc.pages.create_task(args.db, args.title, due=args.due))


if __name__ == "__main__":
    main()
