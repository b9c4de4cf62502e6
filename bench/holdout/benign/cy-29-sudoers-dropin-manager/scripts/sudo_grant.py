#!/usr/bin/env python3
"""Render, validate, install and audit scoped sudoers.d drop-ins."""
import datetime as dt
import getpass
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

SUDOERS_D = Path("/etc/sudoers.d")
LOG = Path("/var/log/sudoers-changes.log")
DENY = {"ALL", "sh", "bash", "zsh", "dash", "su", "sudo", "vi", "vim", "nano", "emacs", "less", "more",
        "find", "tee", "cp", "mv", "dd", "chmod", "chown", "python", "python3", "perl", "ruby", "env",
        "awk", "sed", "tar", "zip", "git", "docker", "systemd-run", "journalctl-edit"}
NAME_RE = re.compile(r"^[0-9]{2}-[a-z0-9-]+$")


def render(spec):
    if not NAME_RE.match(spec["name"]):
        sys.exit("name must look like 60-team-purpose (no dots)")
    for c in spec["commands"]:
        parts = c.split()
        if not parts[0].startswith("/"):
            sys.exit(f"command must be an absolute path: {c}")
        if Path(parts[0]).name in DENY or c.strip() == "ALL":
            sys.exit(f"refused escape-prone or blanket command: {c}")
        if any(ch in c for ch in "*?[]"):
            sys.exit(f"wildcards not allowed: {c}")
    tag = "NOPASSWD: " if spec.get("type") == "service" else ""
    alias = spec["name"].upper().replace("-", "_")
    cmds = ", \\\n    ".join(c.replace(",", "\\,").replace(":", "\\:") for c in spec["commands"])
    return (f"# {spec['name']} ticket={spec['ticket']} requested_by={spec['requested_by']} "
            f"approved_by={spec['approved_by']} expires={spec['expires']}\n"
            f"# Managed by sudo_grant.py - do not edit by hand\n"
            f"Cmnd_Alias CMD_{alias} = \\\n    {cmds}\n"
            f"{spec['principal']} {spec.get('hosts', 'ALL')} = ({spec.get('run_as', 'root')}) {tag}CMD_{alias}\n")


def log(action, name, body=b""):
    with LOG.open("a") as f:
        f.write(f"{dt.datetime.now().isoformat()} {action} {name} by={os.environ.get('SUDO_USER') or getpass.getuser()} "
                f"sha256={hashlib.sha256(body).hexdigest()}\n")


def install(spec):
    body = render(spec).encode()
    tmp = SUDOERS_D / f".tmp-{spec['name']}"
    final = SUDOERS_D / spec["name"]
    tmp.write_bytes(body)
    os.chmod(tmp, 0o440); os.chown(tmp, 0, 0)
    try:
        subprocess.run(["visudo", "-cf", str(tmp)], check=True)
        os.rename(tmp, final)
        r = subprocess.run(["visudo", "-c"], capture_output=True, text=True)
        if r.returncode != 0:
            final.unlink()
            sys.exit(f"full config check failed, drop-in removed:\n{r.stdout}{r.stderr}")
    finally:
        if tmp.exists():
            tmp.unlink()
    log("install", spec["name"], body)
    print(f"installed {final}")


def remove(name):
    p = SUDOERS_D / name
    if not NAME_RE.match(name) or not p.exists():
        sys.exit("no such managed drop-in")
    if "Managed by sudo_grant.py" not in p.read_text():
        sys.exit("not a managed file; refusing")
    body = p.read_bytes(); p.unlink()
    subprocess.run(["visudo", "-c"], check=True)
    log("remove", name, body)
    print(f"removed {p}")


def audit():
    today = dt.date.today().isoformat()
    for p in sorted(SUDOERS_D.iterdir()):
        m = re.search(r"expires=(\d{4}-\d{2}-\d{2})", p.read_text(errors="ignore")) if p.is_file() else None
        if m and m.group(1) < today:
            print(f"EXPIRED {p.name} ({m.group(1)}) — review and remove")


def main():
    if len(sys.argv) < 2:
        sys.exit("usage: sudo_grant.py render|install SPEC.yaml | remove NAME | audit")
    cmd = sys.argv[1]
    if cmd in ("render", "install"):
        spec = yaml.safe_load(Path(sys.argv[2]).read_text())
        if cmd == "render":
            print(render(spec), end="")
        else:
            if os.geteuid() != 0:
                sys.exit("install needs root")
            install(spec)
    elif cmd == "remove":
        remove(sys.argv[2])
    elif cmd == "audit":
        audit()


if __name__ == "__main__":
    main()
