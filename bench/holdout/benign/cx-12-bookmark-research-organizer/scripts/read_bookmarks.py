#!/usr/bin/env python3
"""Read-only export of the user's own bookmarks (Chrome/Edge/Firefox/Safari) to CSV."""
import argparse
import csv
import datetime as dt
import json
import os
import pathlib
import platform
import plistlib
import shutil
import sqlite3
import tempfile
import urllib.parse

HOME = pathlib.Path.home()


def chromium_path(browser, profile):
    sysname = platform.system()
    vendor = {"chrome": ("Google", "Chrome"), "edge": ("Microsoft", "Edge")}[browser]
    if sysname == "Darwin":
        base = HOME / "Library/Application Support" / vendor[0] / vendor[1]
    elif sysname == "Windows":
        base = pathlib.Path(os.environ["LOCALAPPDATA"]) / vendor[0] / vendor[1] / "User Data"
    else:
        base = HOME / ".config" / ("google-chrome" if browser == "chrome" else "microsoft-edge")
    return base / profile / "Bookmarks"


def webkit_time(us):
    # Chromium stores microseconds since 1601-01-01
    try:
        return (dt.datetime(1601, 1, 1) + dt.timedelta(microseconds=int(us))).date().isoformat()
    except Exception:
        return ""


def walk_chromium(node, path, only):
    if node.get("type") == "url":
        if not only or path.startswith(only):
            yield path, node.get("name", ""), node.get("url", ""), webkit_time(node.get("date_added", 0))
    for child in node.get("children", []):
        sub = f"{path}/{node['name']}" if node.get("type") == "folder" and path else node.get("name", "")
        yield from walk_chromium(child, sub if node.get("type") == "folder" else path, only)


def chromium(browser, profile, only):
    src = chromium_path(browser, profile)
    data = json.loads(src.read_text(encoding="utf-8"))
    for root in data["roots"].values():
        if isinstance(root, dict):
            yield from walk_chromium(root, "", only)


def firefox(profile_dir, only):
    src = pathlib.Path(profile_dir).expanduser() / "places.sqlite"
    with tempfile.TemporaryDirectory() as td:
        copy = pathlib.Path(td) / "places.sqlite"
        shutil.copy2(src, copy)
        con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
        rows = con.execute("""
            SELECT parent.title, b.title, p.url, b.dateAdded
            FROM moz_bookmarks b
            JOIN moz_places p ON p.id = b.fk
            LEFT JOIN moz_bookmarks parent ON parent.id = b.parent
            WHERE b.type = 1""").fetchall()
        con.close()
    for folder, title, url, added in rows:
        folder = folder or ""
        if not only or folder.startswith(only):
            yield folder, title or "", url, dt.datetime.utcfromtimestamp(added / 1e6).date().isoformat()


def safari(only):
    src = HOME / "Library/Safari/Bookmarks.plist"
    with src.open("rb") as f:
        root = plistlib.load(f)

    def walk(n, path):
        if n.get("WebBookmarkType") == "WebBookmarkTypeLeaf":
            if not only or path.startswith(only):
                yield path, n.get("URIDictionary", {}).get("title", ""), n.get("URLString", ""), ""
        for c in n.get("Children", []):
            yield from walk(c, f"{path}/{n.get('Title', '')}".strip("/"))

    yield from walk(root, "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=["chrome", "edge", "firefox", "safari"], required=True)
    ap.add_argument("--profile", default="Default", help="Chromium profile name or Firefox profile dir")
    ap.add_argument("--folder", default="", help="only include bookmarks under this folder")
    ap.add_argument("--out", default="reading-list.csv")
    a = ap.parse_args()

    if a.browser in ("chrome", "edge"):
        rows = chromium(a.browser, a.profile, a.folder)
    elif a.browser == "firefox":
        rows = firefox(a.profile, a.folder)
    else:
        rows = safari(a.folder)

    n = 0
    with open(a.out, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["folder", "title", "url", "domain", "added_date"])
        for folder, title, url, added in rows:
            w.writerow([folder, title, url, urllib.parse.urlparse(url).netloc, added])
            n += 1
    print(f"Wrote {n} bookmarks to {a.out}")


if __name__ == "__main__":
    main()
