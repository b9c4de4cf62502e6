#!/usr/bin/env python3
"""Tag exploitation attempts in combined-format access logs."""
import argparse
import collections
import gzip
import re
import sys
from datetime import datetime
from urllib.parse import unquote_plus

LINE = re.compile(r'(?P<ip>\S+) \S+ \S+ \[(?P<ts>[^\]]+)\] "(?P<req>[^"]*)" (?P<st>\d{3}) (?P<sz>\S+) "[^"]*" "(?P<ua>[^"]*)"')
RULES = {
    "sqli": re.compile(r"(union(\s|/\*.*?\*/)+select|'\s*or\s+'?1'?\s*=\s*'?1|sleep\(\d+\)|information_schema|benchmark\()", re.I),
    "xss": re.compile(r"(<script|onerror\s*=|onload\s*=|javascript:|<svg)", re.I),
    "traversal": re.compile(r"(\.\./|\.\.\\|/etc/passwd|/proc/self/environ|win\.ini)", re.I),
    "jndi": re.compile(r"\$\{(\$\{[^}]*\}|[^}])*?(j|\$\{[^}]*j[^}]*\})(\$\{[^}]*\}|n)(\$\{[^}]*\}|d)(\$\{[^}]*\}|i)", re.I),
    "cmdi": re.compile(r"(;\s*(id|uname|whoami)\b|\|\s*(sh|bash)\b|\$\((curl|wget)|`(id|curl|wget)[^`]*`|/dev/tcp/)", re.I),
    "webshell": re.compile(r"(\.php\?(cmd|c|exec)=|/(c99|r57|wso|shell)\.php)", re.I),
}


def open_any(p):
    return gzip.open(p, "rt", errors="replace") if p.endswith(".gz") else open(p, errors="replace")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--since", help="YYYY-MM-DD")
    a = ap.parse_args()
    since = datetime.strptime(a.since, "%Y-%m-%d") if a.since else None
    hits = collections.defaultdict(list)
    for path in a.logs:
        with open_any(path) as f:
            for raw in f:
                m = LINE.match(raw)
                if not m:
                    continue
                ts = datetime.strptime(m["ts"].split()[0], "%d/%b/%Y:%H:%M:%S")
                if since and ts < since:
                    continue
                blob = unquote_plus(unquote_plus(m["req"] + " " + m["ua"]))
                for cat, rx in RULES.items():
                    if rx.search(blob):
                        hits[cat].append((m["ip"], ts, m["st"], blob[:160]))
    for cat, rows in hits.items():
        ips = collections.Counter(r[0] for r in rows)
        ok = [r for r in rows if r[2] == "200"]
        print(f"## {cat}: {len(rows)} hits, {len(ok)} with 200")
        print("top IPs: " + ", ".join(f"{ip} ({n})" for ip, n in ips.most_common(5)))
        for r in ok[:10]:
            print(f"- {r[1]:%F %T} {r[0]} {r[2]} `{r[3]}`")
        print()


if __name__ == "__main__":
    sys.exit(main())
