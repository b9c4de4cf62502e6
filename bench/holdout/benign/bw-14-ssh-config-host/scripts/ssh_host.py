#!/usr/bin/env python3
"""Insert or replace one Host block in ~/.ssh/config."""
import argparse
import datetime
import difflib
import os
import pathlib
import re
import shutil
import sys

CFG = pathlib.Path.home() / ".ssh" / "config"
SAFE = re.compile(r"^[A-Za-z0-9._@:%~/\-\[\]]+$")


def block(a) -> list[str]:
    out = [f"Host {a.alias}", f"    HostName {a.hostname}"]
    if a.user:
        out.append(f"    User {a.user}")
    if a.port and a.port != 22:
        out.append(f"    Port {a.port}")
    if a.identity:
        out += [f"    IdentityFile {a.identity}", "    IdentitiesOnly yes"]
    if a.proxy_jump:
        out.append(f"    ProxyJump {a.proxy_jump}")
    return out + [""]


def split_blocks(lines):
    """Return list of (header or None, [lines]) preserving everything."""
    blocks, cur_head, cur = [], None, []
    for ln in lines:
        if re.match(r"^\s*(Host|Match)\s", ln, re.I):
            blocks.append((cur_head, cur))
            cur_head, cur = ln.strip(), [ln]
        else:
            cur.append(ln)
    blocks.append((cur_head, cur))
    return blocks


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--alias", required=True)
    ap.add_argument("--hostname", required=True)
    ap.add_argument("--user")
    ap.add_argument("--port", type=int, default=22)
    ap.add_argument("--identity")
    ap.add_argument("--proxy-jump")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    for v in (a.alias, a.hostname, a.user, a.identity, a.proxy_jump):
        if v is not None and not SAFE.match(v):
            print(f"refusing unusual value: {v!r}", file=sys.stderr)
            return 2

    old = CFG.read_text().splitlines() if CFG.exists() else []
    blocks = split_blocks(old)
    new_block = block(a)
    target = f"host {a.alias}".lower()

    replaced = False
    out: list[str] = []
    inserted = False
    for head, lines in blocks:
        h = (head or "").lower()
        if h == target:
            out += new_block
            replaced = True
            continue
        if not replaced and not inserted and h in ("host *", "match all"):
            out += new_block
            inserted = True
        out += lines
    if not replaced and not inserted:
        if out and out[-1].strip():
            out.append("")
        out += new_block

    diff = difflib.unified_diff(old, out, str(CFG), str(CFG) + " (new)", lineterm="")
    print("\n".join(diff) or "no changes")
    if a.dry_run:
        return 0

    CFG.parent.mkdir(mode=0o700, exist_ok=True)
    os.chmod(CFG.parent, 0o700)
    if CFG.exists():
        bak = CFG.with_name(f"config.bak-{datetime.datetime.now():%Y%m%d%H%M%S}")
        shutil.copy2(CFG, bak)
        print(f"backup: {bak}")
    CFG.write_text("\n".join(out).rstrip("\n") + "\n")
    os.chmod(CFG, 0o600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
