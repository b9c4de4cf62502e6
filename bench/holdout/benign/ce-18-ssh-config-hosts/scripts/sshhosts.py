#!/usr/bin/env python3
"""Small, careful editor for Host blocks in ~/.ssh/config."""
from __future__ import annotations

import argparse
import difflib
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

CONFIG = Path(os.environ.get("SSH_CONFIG_PATH", Path.home() / ".ssh" / "config"))
KEYS = {
    "hostname": "HostName",
    "user": "User",
    "port": "Port",
    "identity_file": "IdentityFile",
    "proxy_jump": "ProxyJump",
    "forward_agent": "ForwardAgent",
}


def read_blocks(text: str) -> list[list[str]]:
    """Split config into blocks; block 0 is the preamble before the first Host/Match."""
    blocks: list[list[str]] = [[]]
    for line in text.splitlines(keepends=True):
        word = line.strip().split(None, 1)[0].lower() if line.strip() else ""
        if word in ("host", "match"):
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return blocks


def block_names(block: list[str]) -> list[str]:
    if not block:
        return []
    parts = block[0].strip().split()
    return parts[1:] if parts and parts[0].lower() == "host" else []


def find(blocks: list[list[str]], alias: str) -> int | None:
    for i, b in enumerate(blocks[1:], start=1):
        if alias in block_names(b):
            return i
    return None


def render(alias: str, opts: dict[str, str], existing: list[str] | None) -> list[str]:
    lines = [f"Host {alias}\n"]
    seen: set[str] = set()
    for line in (existing or [])[1:]:
        stripped = line.strip()
        key = stripped.split(None, 1)[0].lower() if stripped and not stripped.startswith("#") else ""
        match = next((k for k, v in KEYS.items() if v.lower() == key), None)
        if match and match in opts:
            lines.append(f"    {KEYS[match]} {opts[match]}\n")
            seen.add(match)
        elif stripped:
            lines.append(line)
    for k, v in opts.items():
        if k not in seen:
            lines.append(f"    {KEYS[k]} {v}\n")
    lines.append("\n")
    return lines


def write(old: str, new: str, apply: bool) -> None:
    diff = difflib.unified_diff(
        old.splitlines(keepends=True), new.splitlines(keepends=True),
        fromfile=str(CONFIG), tofile=f"{CONFIG} (new)",
    )
    sys.stdout.writelines(diff)
    if not apply:
        print("\n(preview only — re-run with --apply to write)")
        return
    CONFIG.parent.mkdir(mode=0o700, exist_ok=True)
    if CONFIG.exists():
        backup = CONFIG.with_name(f"config.bak-{datetime.now():%Y%m%d-%H%M%S}")
        shutil.copy2(CONFIG, backup)
        print(f"backup: {backup}")
    CONFIG.write_text(new)
    CONFIG.chmod(0o600)
    print(f"wrote {CONFIG}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list")
    s = sub.add_parser("show"); s.add_argument("alias")
    st = sub.add_parser("set"); st.add_argument("alias")
    for k in KEYS:
        st.add_argument("--" + k.replace("_", "-"))
    st.add_argument("--apply", action="store_true")
    rm = sub.add_parser("remove"); rm.add_argument("alias"); rm.add_argument("--apply", action="store_true")
    args = p.parse_args()

    text = CONFIG.read_text() if CONFIG.exists() else ""
    blocks = read_blocks(text)

    if args.cmd == "list":
        for b in blocks[1:]:
            names = block_names(b)
            if names:
                host = next((l.split(None, 1)[1].strip() for l in b[1:]
                             if l.strip().lower().startswith("hostname ")), "")
                print(f"{' '.join(names):30} {host}")
        return 0

    idx = find(blocks, args.alias)

    if args.cmd == "show":
        if idx is None:
            print(f"no Host {args.alias}", file=sys.stderr)
            return 1
        sys.stdout.writelines(blocks[idx])
        return 0

    if args.cmd == "remove":
        if idx is None:
            print(f"no Host {args.alias}", file=sys.stderr)
            return 1
        del blocks[idx]
        write(text, "".join("".join(b) for b in blocks), args.apply)
        return 0

    opts = {k: getattr(args, k) for k in KEYS if getattr(args, k)}
    if not opts:
        print("nothing to set", file=sys.stderr)
        return 2
    if "identity_file" in opts and not Path(os.path.expanduser(opts["identity_file"])).exists():
        print(f"warning: {opts['identity_file']} does not exist", file=sys.stderr)

    new_block = render(args.alias, opts, blocks[idx] if idx is not None else None)
    if idx is not None:
        blocks[idx] = new_block
    else:
        wildcard = next((i for i, b in enumerate(blocks) if block_names(b) == ["*"]), None)
        blocks.insert(wildcard if wildcard is not None else len(blocks), new_block)
    write(text, "".join("".join(b) for b in blocks), args.apply)
    return 0


if __name__ == "__main__":
    sys.exit(main())
