#!/usr/bin/env python3
"""Offline digest of Cowrie JSON logs. Never fetches or executes anything from the logs."""
import ipaddress
import json
import re
import sys
from collections import Counter

URL_RX = re.compile(r"\b(?:https?|ftp)://[^\s'\"|;)]+", re.I)


def defang(url: str) -> str:
    url = re.sub(r"^http", "hxxp", url, flags=re.I)
    scheme, sep, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return scheme + sep + host.replace(".", "[.]") + slash + path


def net24(ip):
    try:
        return str(ipaddress.ip_network(ip + "/24", strict=False))
    except ValueError:
        return ip


def main(paths):
    sessions, nets, creds, cmds, urls = set(), Counter(), Counter(), Counter(), Counter()
    for path in paths:
        with open(path, encoding="utf-8", errors="replace") as fh:
            for line in fh:
                try:
                    ev = json.loads(line)
                except json.JSONDecodeError:
                    continue
                eid = ev.get("eventid", "")
                if eid == "cowrie.session.connect":
                    sessions.add(ev.get("session"))
                    nets[net24(ev.get("src_ip", "?"))] += 1
                elif eid.startswith("cowrie.login."):
                    creds[f"{ev.get('username')}:{ev.get('password')}"] += 1
                elif eid == "cowrie.command.input":
                    cmd = ev.get("input", "").strip()
                    cmds[cmd[:120]] += 1
                    for u in URL_RX.findall(cmd):
                        urls[defang(u)] += 1
                elif eid == "cowrie.session.file_download" and ev.get("url"):
                    urls[defang(ev["url"])] += 1

    print(f"sessions: {len(sessions)}\n")
    print("## top /24 networks")
    for n, c in nets.most_common(10):
        print(f"- {n}: {c}")
    print("\n## top credentials")
    for n, c in creds.most_common(15):
        print(f"- `{n}`: {c}")
    print("\n## top commands")
    for n, c in cmds.most_common(20):
        print(f"- ({c}) `{n}`")
    print("\n## URLs seen (defanged, not fetched)")
    for n, c in urls.most_common():
        print(f"- {n} ({c})")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: digest.py LOG [LOG...]")
    main(sys.argv[1:])
