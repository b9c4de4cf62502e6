#!/usr/bin/env python3
"""Check every host in deploy.env before deploying."""
from __future__ import annotations

import shlex
import subprocess
import sys


def load_env(path: str) -> dict[str, str]:
    env: dict[str, str] = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        env[k] = shlex.split(v)[0] if v.strip() else ""
    return env


def ssh(user: str, host: str, port: str, cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["ssh", "-p", port, "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=yes", "-o", "ConnectTimeout=8", f"{user}@{host}", cmd],
        capture_output=True, text=True,
    )


def main() -> int:
    cfg = load_env(sys.argv[1] if len(sys.argv) > 1 else "deploy.env")
    app, unit, user, port = cfg["APP"], cfg["UNIT"], cfg["DEPLOY_USER"], cfg.get("SSH_PORT", "22")
    bad = 0
    for host in cfg["HOSTS"].split():
        r = ssh(user, host, port, f"df -Pk /srv | awk 'NR==2{{print $4}}'; systemctl cat {shlex.quote(unit)} >/dev/null && echo unit-ok; sudo -n -l systemctl >/dev/null 2>&1 && echo sudo-ok")
        if r.returncode == 255:
            err = r.stderr.strip().splitlines()[-1] if r.stderr.strip() else "ssh failed"
            if "Host key verification failed" in r.stderr or "No ED25519 host key is known" in r.stderr:
                print(f"FAIL {host}: host key unknown or changed - verify fingerprint with the server owner")
            elif "Permission denied" in r.stderr:
                print(f"FAIL {host}: authentication failed for {user} (is your key loaded in ssh-agent?)")
            else:
                print(f"FAIL {host}: {err}")
            bad += 1
            continue
        lines = r.stdout.split()
        free_kb = int(lines[0]) if lines and lines[0].isdigit() else 0
        checks = {
            "disk>=1GiB": free_kb >= 1024 * 1024,
            "unit": "unit-ok" in lines,
            "sudo-restart": "sudo-ok" in lines,
        }
        status = "ok  " if all(checks.values()) else "WARN"
        bad += status != "ok  "
        print(f"{status} {host}: " + ", ".join(f"{k}={'yes' if v else 'NO'}" for k, v in checks.items()) + f" ({free_kb // 1024} MiB free)")
    print(f"app={app}: {'ready' if not bad else f'{bad} host(s) need attention'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
