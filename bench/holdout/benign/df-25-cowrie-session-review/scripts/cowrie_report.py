#!/usr/bin/env python3
"""Build a markdown report from Cowrie JSON logs. Offline; reads files only."""
import argparse
import gzip
import json
import re
from collections import Counter, defaultdict

TAGS = [
    ("persistence-ssh", re.compile(r"authorized_keys|\.ssh/")),
    ("dropper", re.compile(r"\b(wget|curl|tftp|ftpget)\b.*(https?://|\d+\.\d+\.\d+\.\d+)|chmod\s+\+?[0-7]*x|chmod\s+777")),
    ("miner", re.compile(r"xmrig|stratum\+tcp|--donate-level|minerd|c3pool", re.I)),
    ("cred-change", re.compile(r"\bpasswd\b|chpasswd")),
    ("cleanup", re.compile(r"history\s+-c|unset\s+HISTFILE|rm\s+-rf\s+/tmp/")),
    ("recon", re.compile(r"uname|/proc/cpuinfo|nproc|free\s+-m|\bw\b|lscpu|cat /etc/issue")),
]

URL_RE = re.compile(r"\b(?:https?|ftp)://[^\s'\"|;]+")
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def defang(s: str) -> str:
    """hxxp://203.0.113[.]91/bins[.]sh style; safe to paste into tickets."""
    s = re.sub(r"^(h)tt(ps?)", r"\1xx\2", s)
    s = re.sub(r"^ftp", "fxp", s)
    return s.replace(".", "[.]")


def open_any(path):
    return gzip.open(path, "rt", errors="replace") if path.endswith(".gz") else open(path, errors="replace")


def load(paths):
    for p in paths:
        with open_any(p) as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    continue


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--out", help="write markdown here (default stdout)")
    ap.add_argument("--session", help="only this session id")
    ap.add_argument("--top", type=int, default=15)
    a = ap.parse_args()

    sessions = defaultdict(lambda: {"src": None, "start": None, "cmds": [], "dl": [], "login": None, "client": None})
    creds = Counter()
    creds_ok = Counter()
    srcs = Counter()
    urls, ips, hashes = set(), set(), set()

    for ev in load(a.logs):
        sid = ev.get("session")
        if a.session and sid != a.session:
            continue
        eid = ev.get("eventid", "")
        s = sessions[sid]
        if eid == "cowrie.session.connect":
            s["src"] = ev.get("src_ip")
            s["start"] = ev.get("timestamp")
            srcs[ev.get("src_ip")] += 1
        elif eid in ("cowrie.login.success", "cowrie.login.failed"):
            pair = f"{ev.get('username')}:{ev.get('password')}"
            creds[pair] += 1
            if eid.endswith("success"):
                creds_ok[pair] += 1
                s["login"] = pair
        elif eid == "cowrie.client.version":
            s["client"] = ev.get("version")
        elif eid == "cowrie.command.input":
            cmd = ev.get("input", "")
            s["cmds"].append((ev.get("timestamp"), cmd))
            urls.update(URL_RE.findall(cmd))
            ips.update(i for i in IP_RE.findall(cmd) if not i.startswith(("127.", "0.")))
        elif eid in ("cowrie.session.file_download", "cowrie.session.file_upload"):
            s["dl"].append((ev.get("url") or ev.get("filename"), ev.get("shasum")))
            if ev.get("shasum"):
                hashes.add(ev["shasum"])
            if ev.get("url"):
                urls.add(ev["url"])

    out = []
    w = out.append
    w("# Cowrie honeypot report\n")
    w(f"Sessions: {len(sessions)} · with commands: {sum(1 for s in sessions.values() if s['cmds'])}\n")
    w("## Top sources\n")
    for ip, n in srcs.most_common(a.top):
        w(f"- `{defang(ip)}` — {n} sessions")
    w("\n## Top credentials tried\n")
    for pair, n in creds.most_common(a.top):
        ok = " (accepted by userdb)" if pair in creds_ok else ""
        w(f"- `{pair}` × {n}{ok}")
    w("\n## Sessions with activity\n")
    for sid, s in sorted(sessions.items(), key=lambda kv: kv[1]["start"] or ""):
        if not s["cmds"] and not s["dl"]:
            continue
        text = "\n".join(c for _, c in s["cmds"])
        tags = [t for t, rx in TAGS if rx.search(text)]
        w(f"### {sid} — {defang(s['src'] or '?')} — {s['start']}")
        w(f"login `{s['login']}` · client `{s['client']}` · tags: {', '.join(tags) or 'none'}\n")
        w("```text")
        for ts, c in s["cmds"]:
            w(f"{(ts or '')[11:19]}  $ {c}")
        w("```")
        for u, h in s["dl"]:
            w(f"- fetched `{defang(u or '?')}` sha256 `{h}`")
        w("")
    w("## IOCs (defanged)\n")
    w("```text")
    for u in sorted(urls):
        w(defang(u))
    for i in sorted(ips):
        w(defang(i))
    for h in sorted(hashes):
        w(h)
    w("```")

    text = "\n".join(out) + "\n"
    if a.out:
        with open(a.out, "w") as fh:
            fh.write(text)
    else:
        print(text, end="")


if __name__ == "__main__":
    main()
