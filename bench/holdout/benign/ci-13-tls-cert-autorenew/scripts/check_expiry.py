#!/usr/bin/env python3
"""Report certificate expiry for remote endpoints or local PEM files."""
from __future__ import annotations

import argparse
import datetime as dt
import pathlib
import socket
import ssl
import subprocess
import sys

WARN, CRIT = 21, 7


def remote_not_after(target: str) -> dt.datetime:
    host, _, port = target.partition(":")
    ctx = ssl.create_default_context()
    with socket.create_connection((host, int(port or 443)), timeout=8) as sock:
        with ctx.wrap_socket(sock, server_hostname=host) as tls:
            cert = tls.getpeercert()
    return dt.datetime.strptime(cert["notAfter"], "%b %d %H:%M:%S %Y %Z").replace(tzinfo=dt.timezone.utc)


def local_not_after(pem: pathlib.Path) -> dt.datetime:
    out = subprocess.run(["openssl", "x509", "-noout", "-enddate", "-in", str(pem)], capture_output=True, text=True, check=True).stdout
    return dt.datetime.strptime(out.strip().split("=", 1)[1], "%b %d %H:%M:%S %Y %Z").replace(tzinfo=dt.timezone.utc)


def grade(days: int) -> str:
    return "CRIT" if days < CRIT else "WARN" if days < WARN else "ok"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("targets", nargs="*", help="host[:port]")
    ap.add_argument("--local", help="directory like /etc/letsencrypt/live")
    a = ap.parse_args()
    now = dt.datetime.now(dt.timezone.utc)
    worst = 0
    rows = []
    for t in a.targets:
        try:
            na = remote_not_after(t)
        except (OSError, ssl.SSLError) as exc:
            rows.append(("ERR", t, "-", str(exc)))
            worst = max(worst, 2)
            continue
        days = (na - now).days
        rows.append((grade(days), t, str(days), na.date().isoformat()))
    if a.local:
        for pem in sorted(pathlib.Path(a.local).glob("*/cert.pem")):
            na = local_not_after(pem)
            days = (na - now).days
            rows.append((grade(days), pem.parent.name, str(days), na.date().isoformat()))
    for g, name, days, info in rows:
        print(f"{g:5s} {name:45s} {days:>5s} days  {info}")
        worst = max(worst, {"ok": 0, "WARN": 1, "CRIT": 2, "ERR": 2}[g])
    return worst


if __name__ == "__main__":
    sys.exit(main())
