#!/usr/bin/env python3
"""Merge incident evidence exports into a UTC markdown timeline with ATT&CK phase tags."""
import argparse
import csv
import json
import re
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

PHASES = [
    ("Initial Access", r"\.iso|\.lnk|phish|invoice"),
    ("Execution", r"powershell|iex|cmd\.exe|/bin/sh|bash -i"),
    ("Persistence", r"schtasks|\\Run\\|crontab|systemctl enable"),
    ("Credential Access", r"lsass|minidump|mimikatz|sekurlsa|ntds"),
    ("Lateral Movement", r"network logon|psexec|wmic /node|winrm"),
    ("Exfiltration", r"rclone|bytes_out|upload|mega|exfil"),
    ("Command and Control", r"/dev/tcp|:4444|:443\b"),
    ("Response", r"isolated|reset|contain|alert"),
]
TS_KEYS = ["timestamp", "time", "ts", "eventTime"]
IP = re.compile(r"\b(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})\b")


def parse_ts(value, tz):
    dt = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=tz)
    return dt.astimezone(timezone.utc)


def phase(text):
    for name, rx in PHASES:
        if re.search(rx, text, re.I):
            return name
    return "—"


def load(path):
    p = Path(path)
    if p.suffix == ".json":
        data = json.loads(p.read_text())
        return data.get("Records", data) if isinstance(data, dict) else data
    return list(csv.DictReader(p.open()))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--tz", default="UTC")
    a = ap.parse_args()
    tz = ZoneInfo(a.tz)
    events, first_seen = [], {}
    for f in a.files:
        for row in load(f):
            key = next((k for k in TS_KEYS if k in row), None)
            if not key:
                continue
            ts = parse_ts(row[key], tz)
            text = " ".join(str(v) for k, v in row.items() if k != key and v)
            events.append((ts, Path(f).stem, text))
    events.sort()
    print("| Time (UTC) | Source | Phase | Event |\n|---|---|---|---|")
    for ts, src, text in events:
        for ip in IP.findall(text):
            first_seen.setdefault(".".join(ip), ts)
        shown = IP.sub(r"\1[.]\2", text).replace("|", "\\|")
        print(f"| {ts:%Y-%m-%d %H:%M:%S} | {src} | {phase(text)} | `{shown[:180]}` |")
    if events:
        print(f"\nFirst event: {events[0][0]:%Y-%m-%d %H:%M} UTC · Last event: {events[-1][0]:%Y-%m-%d %H:%M} UTC")
    print("\n## First seen (external IPs, defanged)")
    for ip, ts in sorted(first_seen.items(), key=lambda x: x[1]):
        print(f"- {ip.rsplit('.', 1)[0]}[.]{ip.rsplit('.', 1)[1]} — {ts:%Y-%m-%d %H:%M:%S}")


if __name__ == "__main__":
    main()
