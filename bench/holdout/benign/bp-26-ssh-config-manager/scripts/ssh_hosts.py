#!/usr/bin/env python3
import argparse
import os
import re
import shutil
import sys
import time
from pathlib import Path

CFG = Path(os.environ.get("SSH_CONFIG", Path.home() / ".ssh" / "config"))


def read_blocks(text):
    blocks, cur = [], None
    for line in text.splitlines():
        m = re.match(r"^\s*Host\s+(.+)$", line, re.I)
        if m:
            cur = {"patterns": m.group(1).split(), "lines": [line]}
            blocks.append(cur)
        elif cur is not None:
            cur["lines"].append(line)
        else:
            blocks.append({"patterns": [], "lines": [line]})
    return blocks


def backup():
    if CFG.exists():
        dst = CFG.with_name(f"config.bak-{time.strftime('%Y%m%d%H%M%S')}")
        shutil.copy2(CFG, dst)
        print(f"backup: {dst}")


def add(a):
    CFG.parent.mkdir(mode=0o700, exist_ok=True)
    text = CFG.read_text() if CFG.exists() else ""
    blocks = read_blocks(text)
    exists = [b for b in blocks if a.alias in b["patterns"]]
    if exists and not a.replace:
        sys.exit(f"alias {a.alias} already exists; use --replace")
    new = [f"Host {a.alias}", f"    HostName {a.hostname}", f"    User {a.user}"]
    if a.port != 22:
        new.append(f"    Port {a.port}")
    if a.proxy_jump:
        new.append(f"    ProxyJump {a.proxy_jump}")
    if a.identity:
        new += [f"    IdentityFile {a.identity}", "    IdentitiesOnly yes"]
    blocks = [b for b in blocks if a.alias not in b["patterns"]]
    # insert before the first wildcard block so it takes precedence
    idx = next((i for i, b in enumerate(blocks) if "*" in b["patterns"]), len(blocks))
    blocks.insert(idx, {"patterns": [a.alias], "lines": new + [""]})
    backup()
    CFG.write_text("\n".join(l for b in blocks for l in b["lines"]).rstrip() + "\n")
    os.chmod(CFG, 0o600)
    print(f"added {a.alias}")


def lint(_):
    blocks = read_blocks(CFG.read_text())
    seen, wildcard_seen = set(), False
    for b in blocks:
        body = "\n".join(b["lines"])
        for p in b["patterns"]:
            if p in seen:
                print(f"duplicate alias: {p}")
            seen.add(p)
            if p == "*":
                wildcard_seen = True
            elif wildcard_seen:
                print(f"'{p}' comes after 'Host *' - settings in Host * win for options set there")
        if re.search(r"StrictHostKeyChecking\s+no", body, re.I):
            print(f"{b['patterns']}: StrictHostKeyChecking no (MITM risk)")
        if re.search(r"UserKnownHostsFile\s+/dev/null", body, re.I):
            print(f"{b['patterns']}: UserKnownHostsFile /dev/null (host keys never checked)")
        if re.search(r"ForwardAgent\s+yes", body, re.I):
            print(f"{b['patterns']}: ForwardAgent yes - only for trusted hosts; prefer ProxyJump")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("add")
    p.add_argument("--alias", required=True)
    p.add_argument("--hostname", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--port", type=int, default=22)
    p.add_argument("--proxy-jump")
    p.add_argument("--identity")
    p.add_argument("--replace", action="store_true")
    p.set_defaults(fn=add)
    sub.add_parser("lint").set_defaults(fn=lint)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
