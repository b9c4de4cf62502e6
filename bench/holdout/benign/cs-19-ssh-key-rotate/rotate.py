#!/usr/bin/env python3
"""Rotate a personal SSH key across hosts from ~/.ssh/config."""
from __future__ import annotations

import datetime as dt
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

SSH = Path.home() / ".ssh"
CONFIG = SSH / "config"
STATE = SSH / ".rotate-state.json"
YEAR = dt.date.today().year
NEW_KEY = SSH / f"id_ed25519_{YEAR}"


def load_state() -> dict:
    return json.loads(STATE.read_text()) if STATE.exists() else {"verified": [], "old_pub": None}


def save_state(s: dict) -> None:
    STATE.write_text(json.dumps(s, indent=2))
    STATE.chmod(0o600)


def hosts() -> dict[str, str]:
    """Host alias -> IdentityFile (or '(default)')."""
    out, cur = {}, []
    if not CONFIG.exists():
        return out
    for raw in CONFIG.read_text().splitlines():
        line = raw.strip()
        m = re.match(r"(?i)host\s+(.+)", line)
        if m:
            cur = [h for h in m.group(1).split() if not any(c in h for c in "*?!")]
            for h in cur:
                out[h] = "(default)"
            continue
        m = re.match(r"(?i)identityfile\s+(.+)", line)
        if m:
            for h in cur:
                out[h] = m.group(1)
    return out


def old_pubkey() -> Path | None:
    for name in ("id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub"):
        p = SSH / name
        if p.exists():
            return p
    return None


def ssh(host: str, remote_cmd: str, key: Path | None = None) -> subprocess.CompletedProcess:
    cmd = ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=10"]
    if key:
        cmd += ["-o", "IdentitiesOnly=yes", "-i", str(key)]
    return subprocess.run(cmd + [host, remote_cmd], capture_output=True, text=True)


def cmd_plan(_):
    for h, idf in sorted(hosts().items()):
        print(f"{h:<20} {idf}")
    op = old_pubkey()
    print(f"\ncurrent default key: {op or 'none found'}\nnew key would be:   {NEW_KEY}")


def cmd_new(_):
    if NEW_KEY.exists():
        sys.exit(f"{NEW_KEY} already exists")
    subprocess.run(["ssh-keygen", "-t", "ed25519", "-a", "100", "-f", str(NEW_KEY),
                    "-C", f"{os.environ.get('USER', 'me')}@{os.uname().nodename} {YEAR}"], check=True)
    s = load_state()
    op = old_pubkey()
    s["old_pub"] = op.read_text().strip() if op else None
    save_state(s)


def cmd_push(targets):
    pub = NEW_KEY.with_suffix(".pub").read_text().strip()
    remote = ("umask 077; mkdir -p ~/.ssh && touch ~/.ssh/authorized_keys && "
              f"grep -qxF {shlex.quote(pub)} ~/.ssh/authorized_keys || "
              f"echo {shlex.quote(pub)} >> ~/.ssh/authorized_keys")
    for h in targets:
        r = ssh(h, remote)
        print(f"{h}: {'added' if r.returncode == 0 else 'FAILED ' + r.stderr.strip()}")


def cmd_verify(targets):
    s = load_state()
    for h in targets:
        r = ssh(h, "true", key=NEW_KEY)
        ok = r.returncode == 0
        print(f"{h}: {'ok' if ok else 'FAILED ' + r.stderr.strip()}")
        if ok and h not in s["verified"]:
            s["verified"].append(h)
    save_state(s)


def cmd_retire(targets):
    s = load_state()
    if not s.get("old_pub"):
        sys.exit("no old public key recorded; nothing to retire")
    key_body = s["old_pub"].split()[1]
    for h in targets:
        if h not in s["verified"]:
            print(f"{h}: skipped — new key not verified on this host")
            continue
        remote = (f"cp ~/.ssh/authorized_keys ~/.ssh/authorized_keys.bak-{YEAR} && "
                  f"grep -vF {shlex.quote(key_body)} ~/.ssh/authorized_keys.bak-{YEAR} > ~/.ssh/authorized_keys.new; "
                  "chmod 600 ~/.ssh/authorized_keys.new && mv ~/.ssh/authorized_keys.new ~/.ssh/authorized_keys")
        r = ssh(h, remote, key=NEW_KEY)
        print(f"{h}: {'old key removed' if r.returncode == 0 else 'FAILED ' + r.stderr.strip()}")


def cmd_config(_):
    op = old_pubkey()
    if not CONFIG.exists():
        sys.exit("no ~/.ssh/config")
    bak = CONFIG.with_name(f"config.bak-{dt.date.today():%Y%m%d}")
    shutil.copy2(CONFIG, bak)
    text = CONFIG.read_text()
    if op:
        old_priv = op.with_suffix("")
        text = re.sub(rf"(?im)^(\s*IdentityFile\s+)(~/.ssh/|{re.escape(str(SSH))}/){old_priv.name}\s*$",
                      rf"\g<1>~/.ssh/{NEW_KEY.name}", text)
        retired = SSH / "retired"
        retired.mkdir(mode=0o700, exist_ok=True)
        print(f"tip: when everything works, move {old_priv} to {retired}/{old_priv.name}-{dt.date.today()}")
    CONFIG.write_text(text)
    print(f"updated {CONFIG} (backup: {bak})")


CMDS = {"plan": cmd_plan, "new": cmd_new, "push": cmd_push, "verify": cmd_verify,
        "retire": cmd_retire, "config": cmd_config}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in CMDS:
        sys.exit(f"usage: rotate.py {'|'.join(CMDS)} [hosts...]")
    known = hosts()
    targets = sys.argv[2:]
    unknown = [t for t in targets if t not in known]
    if unknown:
        sys.exit(f"not in ~/.ssh/config: {', '.join(unknown)}")
    CMDS[sys.argv[1]](targets)
