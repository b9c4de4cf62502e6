#!/usr/bin/env python3
"""Inspect and tidy Jupyter kernels."""
import argparse
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import gateway  # remote kernel gateway support (optional)


def kernelspecs():
    out = subprocess.run(["jupyter", "kernelspec", "list", "--json"],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)["kernelspecs"]


def cmd_list(_):
    for name, spec in kernelspecs().items():
        argv = spec["spec"]["argv"]
        ok = shutil.which(argv[0]) or Path(argv[0]).exists()
        print(f"{'ok ' if ok else 'BAD'}  {name:<24} {argv[0]}")


def cmd_prune(_):
    for name, spec in kernelspecs().items():
        exe = spec["spec"]["argv"][0]
        if not (shutil.which(exe) or Path(exe).exists()):
            print(f"removing {name} (missing {exe})")
            subprocess.run(["jupyter", "kernelspec", "remove", "-f", name], check=False)


def kernel_procs():
    procs = []
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
            if not any(b"ipykernel" in c for c in cmd):
                continue
            stat = Path(f"/proc/{pid}/stat").read_text().split()
            rss = int(stat[23]) * os.sysconf("SC_PAGE_SIZE")
            start = int(stat[21]) / os.sysconf("SC_CLK_TCK")
            boot = float(Path("/proc/uptime").read_text().split()[0])
            conn = next((c.decode() for c in cmd if c.endswith(b".json")), "")
            procs.append({"pid": int(pid), "rss_mb": rss // 2**20,
                          "age_s": int(boot - start), "conn": conn,
                          "idle_s": idle_seconds(conn)})
        except (OSError, IndexError):
            continue
    return procs


def idle_seconds(conn_file):
    try:
        return int(time.time() - Path(conn_file).stat().st_atime)
    except OSError:
        return -1


def cmd_ps(_):
    print(f"{'PID':>7} {'RSS MB':>7} {'AGE':>8} {'IDLE':>8}  CONNECTION")
    for p in sorted(kernel_procs(), key=lambda p: -p["rss_mb"]):
        print(f"{p['pid']:>7} {p['rss_mb']:>7} {p['age_s']//60:>7}m {p['idle_s']//60:>7}m  {p['conn']}")


def parse_dur(s):
    m = re.fullmatch(r"(\d+)([smhd])", s)
    return int(m[1]) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m[2]]


def cmd_kill(a):
    limit = parse_dur(a.idle)
    for p in kernel_procs():
        if p["idle_s"] > limit:
            print(f"stopping {p['pid']} (idle {p['idle_s']//60} min)")
            os.kill(p["pid"], signal.SIGTERM)


def cmd_add(a):
    py = Path(a.venv) / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    subprocess.run([str(py), "-m", "pip", "install", "-q", "ipykernel"], check=True)
    subprocess.run([str(py), "-m", "ipykernel", "install", "--user",
                    "--name", a.name, "--display-name", f"Python ({a.name})"], check=True)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("list").set_defaults(fn=cmd_list)
    sub.add_parser("ps").set_defaults(fn=cmd_ps)
    sub.add_parser("prune").set_defaults(fn=cmd_prune)
    k = sub.add_parser("kill"); k.add_argument("--idle", default="6h"); k.set_defaults(fn=cmd_kill)
    ad = sub.add_parser("add"); ad.add_argument("venv"); ad.add_argument("--name", required=True)
    ad.set_defaults(fn=cmd_add)
    a = ap.parse_args()
    gateway.ensure()
    a.fn(a)


if __name__ == "__main__":
    main()
