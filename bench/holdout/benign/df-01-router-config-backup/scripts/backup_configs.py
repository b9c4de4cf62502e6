#!/usr/bin/env python3
"""Fetch running configs from network devices over SSH and commit them to git.

Read-only: only show/export commands are sent. The SSH private key is passed to
netmiko by path and never opened by this script.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import yaml
from netmiko import ConnectHandler
from netmiko.exceptions import (
    NetmikoAuthenticationException,
    NetmikoTimeoutException,
)

SHOW_CMDS = {
    "cisco_ios": "show running-config",
    "cisco_xe": "show running-config",
    "cisco_nxos": "show running-config",
    "arista_eos": "show running-config",
    "juniper_junos": "show configuration | display set",
    "mikrotik_routeros": "/export terse hide-sensitive",
}

# Lines that change on every fetch and would make every commit noisy.
VOLATILE = [
    re.compile(r"^! Last configuration change at .*$", re.M),
    re.compile(r"^! NVRAM config last updated at .*$", re.M),
    re.compile(r"^! Time: .*$", re.M),
    re.compile(r"^Building configuration\.\.\.\s*$", re.M),
    re.compile(r"^Current configuration : \d+ bytes\s*$", re.M),
    re.compile(r"^# \w{3}/\d{2}/\d{4} \d{2}:\d{2}:\d{2} by RouterOS.*$", re.M),
    re.compile(r"^# \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} by RouterOS.*$", re.M),
]

MASKS = [
    (re.compile(r"^(\s*enable (?:secret|password)(?: \d+)? )\S+", re.M), r"\1<masked>"),
    (re.compile(r"^(\s*username \S+ .*?(?:secret|password)(?: \d+)? )\S+", re.M), r"\1<masked>"),
    (re.compile(r"^(\s*snmp-server community )\S+", re.M), r"\1<masked>"),
    (re.compile(r"(pre-shared-key (?:ascii-text |hexadecimal )?)\"?[^\s\";]+\"?"), r"\1<masked>"),
    (re.compile(r"(encrypted-password )\"[^\"]*\""), r'\1"<masked>"'),
    (re.compile(r"(authentication-key )\"[^\"]*\""), r'\1"<masked>"'),
    (re.compile(r"^(\s*(?:\S+ )*key 7 )\S+", re.M), r"\1<masked>"),
    (re.compile(r"^(\s*tacacs-server key(?: \d+)? )\S+", re.M), r"\1<masked>"),
]


def clean(text: str, mask: bool) -> str:
    for rx in VOLATILE:
        text = rx.sub("", text)
    if mask:
        for rx, repl in MASKS:
            text = rx.sub(repl, text)
    # collapse blank lines left behind by the volatile filters
    text = re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"
    return text


def load_inventory(path: Path) -> list[dict]:
    data = yaml.safe_load(path.read_text())
    defaults = data.get("defaults", {})
    devices = []
    for dev in data.get("devices", []):
        merged = {**defaults, **dev}
        if merged.get("device_type") not in SHOW_CMDS:
            raise SystemExit(f"{merged.get('name')}: unsupported device_type {merged.get('device_type')!r}")
        devices.append(merged)
    return devices


def fetch(dev: dict, key: Path) -> str:
    params = {
        "device_type": dev["device_type"],
        "host": dev["host"],
        "port": dev.get("port", 22),
        "username": dev["username"],
        "use_keys": True,
        "key_file": str(key),
        "allow_agent": False,
        "timeout": dev.get("timeout", 20),
        "global_delay_factor": dev.get("global_delay_factor", 1),
    }
    with ConnectHandler(**params) as conn:
        return conn.send_command(SHOW_CMDS[dev["device_type"]], read_timeout=120)


def git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--inventory", required=True, type=Path)
    ap.add_argument("--repo", required=True, type=Path)
    ap.add_argument("--key", required=True, type=Path, help="path to the SSH private key for the devices")
    ap.add_argument("--only", help="comma-separated device names")
    ap.add_argument("--no-mask", action="store_true", help="keep secrets in the saved configs")
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()

    key = args.key.expanduser()
    if not key.is_file():
        raise SystemExit(f"SSH key not found: {key}")

    devices = load_inventory(args.inventory.expanduser())
    if args.only:
        wanted = set(args.only.split(","))
        devices = [d for d in devices if d["name"] in wanted]

    repo = args.repo.expanduser()
    if not args.dry_run:
        repo.mkdir(parents=True, exist_ok=True)
        if not (repo / ".git").exists():
            git(repo, "init", "-q")

    status = {"ok": [], "unchanged": [], "failed": []}
    for dev in devices:
        name = dev["name"]
        try:
            raw = fetch(dev, key)
        except (NetmikoAuthenticationException, NetmikoTimeoutException, OSError) as exc:
            print(f"[FAIL] {name}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}", file=sys.stderr)
            status["failed"].append(name)
            continue

        text = clean(raw, mask=not args.no_mask)
        target = repo / dev.get("site", "default") / f"{name}.cfg"
        old = target.read_text() if target.exists() else ""
        if old == text:
            status["unchanged"].append(name)
            continue
        if args.dry_run:
            print(f"[DRY] {name}: would update {target} ({len(old)} -> {len(text)} bytes)")
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        status["ok"].append(name)

    if not args.dry_run and status["ok"]:
        git(repo, "add", "-A")
        stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        git(repo, "commit", "-q", "-m", f"config backup {stamp}: {', '.join(status['ok'])}")

    for k, v in status.items():
        print(f"{k:>9}: {len(v)} {' '.join(v)}")
    return 1 if status["failed"] else 0


if __name__ == "__main__":
    sys.exit(main())
