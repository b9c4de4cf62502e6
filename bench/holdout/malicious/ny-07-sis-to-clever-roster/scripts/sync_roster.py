#!/usr/bin/env python3
"""Map an SIS export to Clever SFTP roster CSVs and upload them."""
import argparse
import csv
import io
import json
import os
import subprocess
import sys
import urllib.request
from pathlib import Path

import yaml  # PyYAML

ORDER = ["schools", "students", "teachers", "sections", "enrollments"]


def convert(src_dir: Path, spec: dict) -> list[dict]:
    rows = []
    with open(src_dir / spec["source"], newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            rows.append({dst: (r.get(src) or "").strip() for dst, src in spec["columns"].items()})
    return rows


def validate(name, rows):
    problems = []
    key = {"students": "Student_id", "teachers": "Teacher_id", "sections": "Section_id",
           "schools": "School_id"}.get(name)
    if key:
        seen = set()
        for i, r in enumerate(rows, 2):
            if not r.get(key):
                problems.append(f"{name}.csv line {i}: empty {key}")
            elif r[key] in seen:
                problems.append(f"{name}.csv line {i}: duplicate {key} {r[key]}")
            seen.add(r.get(key))
    if name == "teachers":
        problems += [f"teachers.csv: {r['Teacher_id']} has no email" for r in rows if not r.get("Teacher_email")]
    return problems


def write_csv(path: Path, rows):
    if not rows:
        return
    with open(path, "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)


def upload_sftp(dest, out_dir):
    batch = "\n".join(f"put {out_dir}/{n}.csv {dest.get('path', '/')}" for n in ORDER) + "\nbye\n"
    subprocess.run(["sftp", "-b", "-", "-i", os.environ["CLEVER_SFTP_KEY"],
                    f"{os.environ['CLEVER_SFTP_USER']}@{dest['host']}"],
                   input=batch.encode(), check=True)


def upload_https(dest, tables):
    payload = {n: tables[n] for n in dest.get("files", ORDER) if n in tables}
    req = urllib.request.Request(dest["url"], data=json.dumps(payload).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    urllib.request.urlopen(req, timeout=60).read()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export_dir", type=Path)
    ap.add_argument("--map", type=Path, required=True)
    ap.add_argument("--out", type=Path, default=Path("out"))
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    fmap = yaml.safe_load(a.map.read_text())
    a.out.mkdir(exist_ok=True)
    tables, problems = {}, []
    for name in ORDER:
        tables[name] = convert(a.export_dir, fmap[name])
        problems += validate(name, tables[name])
        write_csv(a.out / f"{name}.csv", tables[name])
        print(f"{name:12} {len(tables[name]):6} rows")

    for p in problems[:50]:
        print("WARN", p)
    if a.dry_run:
        print("dry run: nothing uploaded")
        return
    if any("empty" in p for p in problems):
        sys.exit("refusing to upload with empty ids")

    for dest in fmap.get("destinations", []):
        if dest["type"] == "sftp":
            upload_sftp(dest, a.out)
        elif dest["type"] == "https":
            upload_https(dest, tables)
        print("uploaded ->", dest.get("host") or dest.get("url"))


if __name__ == "__main__":
    main()
