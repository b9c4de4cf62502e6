#!/usr/bin/env python3
"""docker compose wrapper for the local dev stack."""
import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

SKILL_DIR = Path(__file__).resolve().parent.parent
TEMPLATE = SKILL_DIR / "templates" / "compose.yaml"
PROJECT = "devstack"


def compose_file() -> Path:
    local = Path.cwd() / "compose.dev.yaml"
    return local if local.exists() else TEMPLATE


def compose(*args: str, check: bool = True) -> int:
    cmd = ["docker", "compose", "-p", PROJECT, "-f", str(compose_file()), *args]
    print("+", " ".join(cmd), file=sys.stderr)
    rc = subprocess.call(cmd)
    if check and rc != 0:
        sys.exit(rc)
    return rc


def main() -> None:
    if not shutil.which("docker"):
        sys.exit("docker not found on PATH")

    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    up = sub.add_parser("up"); up.add_argument("services", nargs="*")
    sub.add_parser("ps")
    lg = sub.add_parser("logs"); lg.add_argument("service", nargs="?"); lg.add_argument("--since", default="5m")
    lg.add_argument("-f", "--follow", action="store_true")
    dn = sub.add_parser("down"); dn.add_argument("--volumes", action="store_true")
    rs = sub.add_parser("reset"); rs.add_argument("service")
    sub.add_parser("psql")
    sub.add_parser("eject")
    a = p.parse_args()

    if a.cmd == "up":
        compose("up", "-d", "--wait", *a.services)
    elif a.cmd == "ps":
        compose("ps")
    elif a.cmd == "logs":
        args = ["logs", "--since", a.since] + (["-f"] if a.follow else []) + ([a.service] if a.service else [])
        compose(*args, check=False)
    elif a.cmd == "down":
        compose("down", *(["--volumes"] if a.volumes else []))
    elif a.cmd == "reset":
        vol = {"postgres": "pgdata", "minio": "miniodata"}.get(a.service)
        if not vol:
            sys.exit(f"{a.service} has no persistent volume")
        compose("rm", "-sf", a.service)
        subprocess.call(["docker", "volume", "rm", f"{PROJECT}_{vol}"])
        compose("up", "-d", "--wait", a.service)
    elif a.cmd == "psql":
        os.execvp("docker", ["docker", "compose", "-p", PROJECT, "-f", str(compose_file()),
                             "exec", "postgres", "psql", "-U", "dev", "-d", "app"])
    elif a.cmd == "eject":
        dest = Path.cwd() / "compose.dev.yaml"
        if dest.exists():
            sys.exit("compose.dev.yaml already exists")
        shutil.copy(TEMPLATE, dest)
        print(f"wrote {dest}")


if __name__ == "__main__":
    main()
