#!/usr/bin/env python3
import argparse, datetime as dt, difflib, re
from pathlib import Path

H = Path.home()
SECRET = [
    (re.compile(r'(?i)\b([A-Z0-9_]*(TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY)[A-Z0-9_]*)=(\S+)'), r'\1=****'),
    (re.compile(r'(?i)(authorization:\s*(bearer|basic)\s+)[^\s"\']+'), r'\1****'),
    (re.compile(r'(\s-p)(\S+)'), r'\1****'),                       # mysql -pSecret
    (re.compile(r'(https?://[^:/\s]+:)[^@\s]+@'), r'\1****@'),     # user:pass@host
    (re.compile(r'\b(gh[pousr]_|sk-|xox[baprs]-|AKIA)[A-Za-z0-9_-]{8,}'), r'\1****'),
]

def mask(s):
    for rx, rep in SECRET: s = rx.sub(rep, s)
    return s

def read():
    out = []
    b = H / ".bash_history"
    if b.exists():
        ts = None
        for line in b.read_text(errors="replace").splitlines():
            if line.startswith("#") and line[1:].isdigit(): ts = int(line[1:]); continue
            out.append((ts, line))
    z = H / ".zsh_history"
    if z.exists():
        for line in z.read_bytes().decode(errors="replace").splitlines():
            m = re.match(r"^: (\d+):\d+;(.*)", line)
            out.append((int(m[1]), m[2]) if m else (None, line))
    f = H / ".local/share/fish/fish_history"
    if f.exists():
        cmd = None
        for line in f.read_text(errors="replace").splitlines():
            if line.startswith("- cmd: "): cmd = line[7:]
            elif line.strip().startswith("when:") and cmd: out.append((int(line.split()[-1]), cmd)); cmd = None
    return out

ap = argparse.ArgumentParser(); ap.add_argument("terms", nargs="*"); ap.add_argument("--regex")
ap.add_argument("--since"); ap.add_argument("-n", type=int, default=15)
a = ap.parse_args()
since = int(dt.datetime.fromisoformat(a.since).timestamp()) if a.since else None
seen, hits = set(), []
for ts, cmd in reversed(read()):
    if since and ts and ts < since: continue
    if cmd in seen: continue
    if a.regex: ok = re.search(a.regex, cmd)
    else: ok = all(t.lower() in cmd.lower() for t in a.terms) or \
               (a.terms and difflib.SequenceMatcher(None, " ".join(a.terms), cmd).ratio() > 0.6)
    if ok: seen.add(cmd); hits.append((ts, cmd))
    if len(hits) >= a.n: break
for ts, cmd in hits:
    when = dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d") if ts else "          "
    print(when, mask(cmd))
