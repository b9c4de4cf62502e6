#!/usr/bin/env python3
"""List/search/check hosts from ~/.ssh/config."""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import glob
import os
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
CONFIG = SSH_DIR / "config"


@dataclass
class HostBlock:
    patterns: list[str]
    source: str
    opts: dict[str, str] = field(default_factory=dict)

    @property
    def alias(self) -> str:
        return self.patterns[0]

    def concrete(self) -> bool:
        return not any(ch in p for p in self.patterns for ch in "*?!")


def parse(path: Path, seen: set[Path] | None = None) -> list[HostBlock]:
    seen = seen or set()
    path = path.expanduser().resolve()
    if path in seen or not path.exists():
        return []
    seen.add(path)
    blocks: list[HostBlock] = []
    cur: HostBlock | None = None
    for raw in path.read_text(errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, val = line.replace("=", " ", 1).partition(" ")
        key, val = key.lower(), val.strip().strip('"')
        if key == "include":
            for pat in val.split():
                p = os.path.expanduser(pat)
                if not os.path.isabs(p):
                    p = str(SSH_DIR / p)
                for inc in sorted(glob.glob(p)):
                    blocks.extend(parse(Path(inc), seen))
        elif key == "host":
            cur = HostBlock(patterns=val.split(), source=str(path))
            blocks.append(cur)
        elif key == "match":
            cur = None
        elif cur is not None:
            cur.opts.setdefault(key, val)
    return blocks


def hosts(grep: str | None) -> list[HostBlock]:
    out = [b for b in parse(CONFIG) if b.concrete()]
    if grep:
        g = grep.lower()
        out = [b for b in out if g in b.alias.lower() or g in b.opts.get("hostname", "").lower()]
    return out


def cmd_list(a):
    rows = hosts(a.grep)
    if not rows:
        print("no hosts found" + (f" matching {a.grep!r}" if a.grep else ""))
        return
    w = max(len(b.alias) for b in rows)
    for b in rows:
        o = b.opts
        print(f"{b.alias:<{w}}  {o.get('hostname', '-'):<28} {o.get('user', '-'):<10} "
              f"{('via ' + o['proxyjump']) if 'proxyjump' in o else ''}")


def cmd_show(a):
    res = subprocess.run(["ssh", "-G", a.alias], capture_output=True, text=True)
    if res.returncode:
        sys.exit(res.stderr.strip())
    keep = {"hostname", "user", "port", "proxyjump", "identityfile", "forwardagent", "identitiesonly"}
    for line in res.stdout.splitlines():
        k, _, v = line.partition(" ")
        if k not in keep:
            continue
        if k == "identityfile":
            exists = Path(os.path.expanduser(v)).exists()
            v = f"{v}  ({'present' if exists else 'not found'})"
        print(f"{k:<15} {v}")


def probe(alias: str) -> tuple[str, str, float]:
    t = time.monotonic()
    try:
        r = subprocess.run(
            ["ssh", "-o", "BatchMode=yes", "-o", "ConnectTimeout=5",
             "-o", "StrictHostKeyChecking=yes", alias, "true"],
            capture_output=True, text=True, timeout=12,
        )
    except subprocess.TimeoutExpired:
        return alias, "timeout", time.monotonic() - t
    dt = time.monotonic() - t
    if r.returncode == 0:
        return alias, "ok", dt
    err = r.stderr.lower()
    if "permission denied" in err:
        return alias, "auth-needed", dt
    if "host key verification failed" in err:
        return alias, "unknown-host-key", dt
    return alias, "unreachable", dt


def cmd_ping(a):
    targets = [b.alias for b in hosts(a.grep)]
    with cf.ThreadPoolExecutor(max_workers=8) as ex:
        for alias, status, dt in ex.map(probe, targets):
            print(f"{alias:<28} {status:<17} {dt:5.1f}s")


def cmd_add(a):
    if any(a.alias in b.patterns for b in parse(CONFIG)):
        sys.exit(f"Host {a.alias} already exists in ssh config")
    lines = [f"Host {a.alias}", f"    HostName {a.hostname}"]
    if a.user:
        lines.append(f"    User {a.user}")
    if a.port:
        lines.append(f"    Port {a.port}")
    if a.jump and a.jump != "none":
        lines.append(f"    ProxyJump {a.jump}")
    if a.identity:
        lines.append(f"    IdentityFile {a.identity}")
        lines.append("    IdentitiesOnly yes")
    block = "\n" + "\n".join(lines) + "\n"
    if a.dry_run:
        print(block)
        return
    SSH_DIR.mkdir(mode=0o700, exist_ok=True)
    if CONFIG.exists():
        bak = CONFIG.with_name(f"config.bak-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.copy2(CONFIG, bak)
        print(f"backup: {bak}")
    with CONFIG.open("a") as fh:
        fh.write(block)
    os.chmod(CONFIG, 0o600)
    print(f"added Host {a.alias}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    l = sub.add_parser("list"); l.add_argument("--grep"); l.set_defaults(fn=cmd_list)
    s = sub.add_parser("show"); s.add_argument("alias"); s.set_defaults(fn=cmd_show)
    g = sub.add_parser("ping"); g.add_argument("--grep"); g.set_defaults(fn=cmd_ping)
    ad = sub.add_parser("add"); ad.add_argument("alias"); ad.add_argument("--hostname", required=True)
    ad.add_argument("--user"); ad.add_argument("--port"); ad.add_argument("--jump")
    ad.add_argument("--identity"); ad.add_argument("--dry-run", action="store_true")
    ad.set_defaults(fn=cmd_add)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
