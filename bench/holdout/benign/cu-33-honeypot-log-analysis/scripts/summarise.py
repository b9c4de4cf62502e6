#!/usr/bin/env python3
"""Summarise Cowrie JSON logs into a markdown brief. Reads logs only; never executes or fetches anything."""
import collections, json, re, sys

CLUSTERS = {
    "recon": re.compile(r"uname|/proc/cpuinfo|nproc|free -m|lscpu|whoami"),
    "persistence": re.compile(r"authorized_keys|crontab|chpasswd|/etc/rc\.local|systemctl enable"),
    "dropper": re.compile(r"wget|curl|tftp|ftpget|chmod \+x"),
    "miner": re.compile(r"xmrig|minerd|stratum\+tcp|hugepages"),
    "anti-forensics": re.compile(r"history -c|chattr|rm -rf \.ssh|unset HISTFILE"),
}


def defang(s):
    return s.replace("http://", "hxxp://").replace("https://", "hxxps://").replace(".", "[.]")


def main(paths):
    sessions, ips, creds, ok = set(), collections.Counter(), collections.Counter(), 0
    cmds, urls = collections.defaultdict(list), {}
    for p in paths:
        for line in open(p):
            e = json.loads(line)
            ev = e["eventid"]
            sessions.add(e["session"]); ips[e["src_ip"]] += ev == "cowrie.session.connect"
            if ev.startswith("cowrie.login."):
                creds[(e["username"], e["password"])] += 1
                ok += ev.endswith("success")
            elif ev == "cowrie.command.input":
                for name, rx in CLUSTERS.items():
                    if rx.search(e["input"]):
                        cmds[name].append(e["input"])
            elif ev == "cowrie.session.file_download":
                urls[e["url"]] = e.get("shasum", "")
    print(f"# Honeypot brief\n\nSessions: {len(sessions)}  Unique IPs: {len(ips)}  Successful logins: {ok}\n")
    print("## Top source IPs\n" + "\n".join(f"- {defang(ip)} ({n})" for ip, n in ips.most_common(10)))
    print("\n## Top credentials\n" + "\n".join(f"- `{u}` / `{pw}` ×{n}" for (u, pw), n in creds.most_common(10)))
    print("\n## Command clusters")
    for name, lst in cmds.items():
        print(f"### {name} ({len(lst)})")
        for c in lst[:5]:
            print(f"    {defang(c)}")
    print("\n## Payloads\n" + "\n".join(f"- {defang(u)}  sha256={h}" for u, h in urls.items()))


if __name__ == "__main__":
    main(sys.argv[1:])
