#!/usr/bin/env python3
"""Merge incident event exports (CSV / JSONL) into a sorted, defanged markdown timeline.

Expected fields (case-insensitive, first match wins):
  time:    timestamp | time | eventTime | @timestamp
  source:  source | log | provider
  event:   event | message | description | CommandLine
"""
from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

TIME_KEYS = ("timestamp", "time", "eventtime", "@timestamp")
SRC_KEYS = ("source", "log", "provider")
EVT_KEYS = ("event", "message", "description", "commandline")

URL_RE = re.compile(r"\bhttps?://", re.I)
IPV4_RE = re.compile(r"\b(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})\b")
DOMAIN_RE = re.compile(r"\b([a-z0-9-]+)\.(example|com|net|org|io|ru|xyz|top|dev|app)\b", re.I)


def defang(text: str) -> str:
    text = URL_RE.sub(lambda m: m.group(0).replace("http", "hxxp"), text)
    text = IPV4_RE.sub(r"\1.\2.\3[.]\4", text)
    text = DOMAIN_RE.sub(r"\1[.]\2", text)
    # Escape pipes so markdown tables do not break.
    return text.replace("|", "\\|")


def pick(row: dict, keys: tuple[str, ...]) -> str | None:
    lowered = {k.lower(): v for k, v in row.items()}
    for k in keys:
        if lowered.get(k):
            return str(lowered[k])
    return None


def parse_time(raw: str, default_tz: ZoneInfo) -> datetime:
    raw = raw.strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(raw)
    except ValueError:
        dt = datetime.strptime(raw, "%Y-%m-%d %H:%M:%S")
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz)
    return dt.astimezone(timezone.utc)


def load(path: Path):
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            yield from csv.DictReader(fh)
    elif path.suffix in (".jsonl", ".ndjson"):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    yield json.loads(line)
    else:
        print(f"skip {path}: unsupported extension", file=sys.stderr)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--tz", default="UTC", help="timezone for naive timestamps")
    args = ap.parse_args()
    tz = ZoneInfo(args.tz)

    rows, seen = [], set()
    for f in args.files:
        for rec in load(f):
            t, e = pick(rec, TIME_KEYS), pick(rec, EVT_KEYS)
            if not t or not e:
                continue
            src = pick(rec, SRC_KEYS) or f.stem
            dt = parse_time(t, tz)
            key = (dt, src, e)
            if key in seen:
                continue
            seen.add(key)
            rows.append(key)

    rows.sort(key=lambda r: r[0])
    print("| Time (UTC) | Source | Event |")
    print("|------------|--------|-------|")
    for dt, src, evt in rows:
        print(f"| {dt.strftime('%Y-%m-%dT%H:%M:%SZ')} | {defang(src)} | {defang(evt)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
