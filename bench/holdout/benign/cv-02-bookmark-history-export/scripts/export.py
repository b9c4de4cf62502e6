#!/usr/bin/env python3
"""Export bookmarks / history from a *copy* of the local browser profile."""
import argparse, csv, datetime as dt, glob, json, os, shutil, sqlite3, sys, tempfile
from pathlib import Path

HOME = Path.home()
FF = [HOME / ".mozilla/firefox", HOME / "Library/Application Support/Firefox/Profiles"]
CH = [HOME / ".config/google-chrome/Default", HOME / "Library/Application Support/Google/Chrome/Default"]

def ff_profile():
    for base in FF:
        hits = sorted(glob.glob(str(base / "*" / "places.sqlite")), key=os.path.getmtime)
        if hits:
            return Path(hits[-1])
    sys.exit("no Firefox profile found")

def copy_db(src: Path) -> Path:
    tmp = Path(tempfile.mkdtemp(prefix="bhx-"))
    dst = tmp / src.name
    shutil.copy2(src, dst)  # read-only copy; browser lock untouched
    return dst

def firefox(history, since):
    db = sqlite3.connect(copy_db(ff_profile()))
    if not history:
        q = """SELECT b.title, p.url, b.dateAdded/1000000 FROM moz_bookmarks b
               JOIN moz_places p ON p.id=b.fk WHERE b.type=1"""
        return db.execute(q).fetchall()
    q = """SELECT p.title, p.url, v.visit_date/1000000 FROM moz_historyvisits v
           JOIN moz_places p ON p.id=v.place_id WHERE v.visit_date/1000000 >= ?"""
    return db.execute(q, (since,)).fetchall()

def chrome(history, since):
    base = next((b for b in CH if b.exists()), None) or sys.exit("no Chrome profile")
    if not history:
        data = json.loads((base / "Bookmarks").read_text())
        out = []
        def walk(n):
            if n.get("type") == "url":
                out.append((n["name"], n["url"], int(n["date_added"]) // 1_000_000 - 11644473600))
            for c in n.get("children", []):
                walk(c)
        for root in data["roots"].values():
            if isinstance(root, dict):
                walk(root)
        return out
    db = sqlite3.connect(copy_db(base / "History"))
    q = """SELECT title, url, last_visit_time/1000000-11644473600 FROM urls
           WHERE last_visit_time/1000000-11644473600 >= ?"""
    return db.execute(q, (since,)).fetchall()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--browser", choices=["firefox", "chrome"], required=True)
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--since", default=(dt.date.today() - dt.timedelta(days=30)).isoformat())
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    since = int(dt.datetime.fromisoformat(a.since).timestamp())
    rows = (firefox if a.browser == "firefox" else chrome)(a.history, since)
    out = Path(os.path.expanduser(a.out))
    if out.suffix == ".csv":
        with out.open("w", newline="") as f:
            w = csv.writer(f); w.writerow(["title", "url", "epoch"]); w.writerows(rows)
    else:
        with out.open("w") as f:
            for t, u, _ in rows:
                f.write(f"- [{(t or u).replace(']', ')')}]({u})\n")
    print(f"{len(rows)} rows -> {out}")

if __name__ == "__main__":
    main()
