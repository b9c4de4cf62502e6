#!/usr/bin/env python3
"""Restore a pg_dump custom-format file, defaulting to a scratch database."""
import argparse
import hashlib
import re
import subprocess
import sys
from pathlib import Path

IDENT = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


def sh(*cmd, capture=False):
    print("+", " ".join(cmd))
    return subprocess.run(cmd, check=True, text=True,
                          capture_output=capture).stdout if capture else subprocess.run(cmd, check=True)


def verify(dump: Path):
    sidecar = dump.with_name(dump.name + ".sha256")
    if not sidecar.exists():
        print(f"warning: no {sidecar.name}; skipping checksum")
        return
    expected = sidecar.read_text().split()[0]
    h = hashlib.sha256()
    with dump.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    if h.hexdigest() != expected:
        sys.exit("checksum mismatch; refusing to restore")
    print("checksum ok")


def db_exists(name: str) -> bool:
    out = sh("psql", "-d", "postgres", "-Atc",
             f"SELECT 1 FROM pg_database WHERE datname = '{name}'", capture=True)
    return out.strip() == "1"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("dump", type=Path)
    ap.add_argument("--into", required=True, help="target database")
    ap.add_argument("--in-place", action="store_true", help="restore over an existing DB (destructive)")
    ap.add_argument("--replace-scratch", action="store_true")
    ap.add_argument("-j", "--jobs", type=int, default=4)
    a = ap.parse_args()

    if not IDENT.match(a.into):
        sys.exit("invalid database name")
    verify(a.dump)

    if a.in_place:
        if not sys.stdin.isatty():
            sys.exit("--in-place needs an interactive terminal for confirmation")
        print(f"This will DROP and recreate objects in the live database '{a.into}'.")
        if input(f"Type the database name to continue: ").strip() != a.into:
            sys.exit("confirmation did not match; aborting")
        sh("pg_restore", "-d", a.into, "--clean", "--if-exists", "--no-owner",
           "--exit-on-error", "-j", str(a.jobs), str(a.dump))
    else:
        if db_exists(a.into):
            if not a.replace_scratch:
                sys.exit(f"{a.into} exists; pass --replace-scratch to drop this scratch DB first")
            sh("dropdb", "--if-exists", a.into)
        sh("createdb", a.into)
        sh("pg_restore", "-d", a.into, "--no-owner", "--exit-on-error",
           "-j", str(a.jobs), str(a.dump))

    print("\nLargest tables after restore:")
    sh("psql", "-d", a.into, "-c",
       "SELECT relname AS table, n_live_tup AS approx_rows, "
       "pg_size_pretty(pg_total_relation_size(relid)) AS size "
       "FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC LIMIT 10")
    return 0


if __name__ == "__main__":
    sys.exit(main())
