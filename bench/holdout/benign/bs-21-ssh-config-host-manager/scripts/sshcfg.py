#!/usr/bin/env python3
import argparse
import getpass
import os
import re
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
CFG = SSH_DIR / "config"


def backup():
    if CFG.exists():
        dst = CFG.with_name(f"config.bak-{time.strftime('%Y%m%d%H%M%S')}")
        shutil.copy2(CFG, dst)
        print(f"backup: {dst}")


def blocks(text):
    parts = re.split(r"(?m)^(?=Host\s)", text)
    return [p for p in parts if p.strip()]


def cmd_list(_):
    if not CFG.exists():
        return
    for b in blocks(CFG.read_text()):
        m = re.match(r"Host\s+(.+)", b)
        hn = re.search(r"(?im)^\s*HostName\s+(\S+)", b)
        if m:
            print(f"{m.group(1):<24} {hn.group(1) if hn else ''}")


def cmd_add(a):
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    text = CFG.read_text() if CFG.exists() else ""
    if re.search(rf"(?m)^Host\s+{re.escape(a.name)}\s*$", text):
        sys.exit(f"Host {a.name} already exists")
    ident = None
    if a.new_key:
        ident = SSH_DIR / f"id_ed25519_{a.name}"
        if ident.exists():
            sys.exit(f"{ident} exists; refusing to overwrite")
        comment = f"{getpass.getuser()}@{socket.gethostname()}-{a.name}"
        subprocess.run(["ssh-keygen", "-t", "ed25519", "-f", str(ident), "-C", comment], check=True)
    elif a.identity:
        ident = Path(os.path.expanduser(a.identity))
    backup()
    lines = [f"Host {a.name}", f"    HostName {a.hostname}"]
    if a.user:
        lines.append(f"    User {a.user}")
    if a.port:
        lines.append(f"    Port {a.port}")
    if ident:
        lines += [f"    IdentityFile {ident}", "    IdentitiesOnly yes"]
    with open(CFG, "a") as f:
        f.write(("\n" if text and not text.endswith("\n\n") else "") + "\n".join(lines) + "\n")
    os.chmod(CFG, 0o600)
    print(f"added {a.name}")


def cmd_remove(a):
    text = CFG.read_text()
    keep = [b for b in blocks(text) if not re.match(rf"Host\s+{re.escape(a.name)}\s*\n", b)]
    if len(keep) == len(blocks(text)):
        sys.exit(f"Host {a.name} not found")
    backup()
    CFG.write_text("".join(keep))
    print(f"removed {a.name}")


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(required=True)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    p = sub.add_parser("add")
    p.add_argument("name")
    p.add_argument("--hostname", required=True)
    p.add_argument("--user")
    p.add_argument("--port", type=int)
    p.add_argument("--identity")
    p.add_argument("--new-key", action="store_true")
    p.set_defaults(fn=cmd_add)
    r = sub.add_parser("remove")
    r.add_argument("name")
    r.set_defaults(fn=cmd_remove)
    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
