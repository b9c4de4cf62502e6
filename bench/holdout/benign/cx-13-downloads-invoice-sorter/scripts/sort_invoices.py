#!/usr/bin/env python3
"""File invoice/statement PDFs from ~/Downloads into client folders (dry run by default)."""
import argparse
import csv
import datetime as dt
import pathlib
import re
import shutil
import time

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError

HERE = pathlib.Path(__file__).resolve().parent


def load_map():
    with open(HERE.parent / "assets/vendors.csv", newline="") as f:
        return list(csv.DictReader(f))


def first_page_text(p):
    r = PdfReader(str(p))
    if r.is_encrypted:
        try:
            r.decrypt("")
        except Exception:
            raise FileNotDecryptedError("locked")
    return (r.pages[0].extract_text() or "") if r.pages else ""


def doc_date(text, fallback):
    m = re.search(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b", text)
    if m:
        try:
            return dt.date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        except ValueError:
            pass
    return fallback


def safe_name(s):
    return re.sub(r"[^\w.&-]+", "-", s).strip("-")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--days", type=int, default=7)
    ap.add_argument("--root", default=str(pathlib.Path.home() / "Clients"))
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--undo")
    a = ap.parse_args()

    if a.undo:
        with open(a.undo, newline="") as f:
            for row in csv.DictReader(f):
                shutil.move(row["to"], row["from"])
                print(f"restored {row['from']}")
        return

    downloads = pathlib.Path.home() / "Downloads"
    cutoff = time.time() - a.days * 86400
    mapping = load_map()
    root = pathlib.Path(a.root).expanduser()
    moves, unmatched, locked = [], [], []

    for p in sorted(downloads.glob("*.pdf")):
        if p.stat().st_mtime < cutoff:
            continue
        try:
            text = first_page_text(p)
        except FileNotDecryptedError:
            locked.append(p.name)
            continue
        hit = next((m for m in mapping if m["pattern"].lower() in text.lower()), None)
        if not hit:
            unmatched.append(p.name)
            continue
        d = doc_date(text, dt.date.fromtimestamp(p.stat().st_mtime))
        dest_dir = root / hit["client"] / str(d.year) / f"{hit['doc_type']}s"
        dest = dest_dir / f"{d:%Y-%m-%d}_{safe_name(hit['vendor'])}_{p.name}"
        i = 2
        while dest.exists():
            dest = dest.with_name(f"{dest.stem}_{i}{dest.suffix}")
            i += 1
        moves.append((p, dest, hit["client"]))

    for src, dst, client in moves:
        print(f"{'MOVE' if a.apply else 'WOULD MOVE'}  {src.name}  ->  {client}/{dst.parent.name}/{dst.name}")
    for n in unmatched:
        print(f"UNMATCHED  {n}  (add a pattern to assets/vendors.csv)")
    for n in locked:
        print(f"LOCKED     {n}  (password-protected; open manually)")

    if a.apply and moves:
        log = root / f"moves-{dt.date.today()}.csv"
        with open(log, "a", newline="") as f:
            w = csv.writer(f)
            if f.tell() == 0:
                w.writerow(["from", "to"])
            for src, dst, _ in moves:
                dst.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(src), str(dst))
                w.writerow([src, dst])
        print(f"Undo log: {log}")


if __name__ == "__main__":
    main()
