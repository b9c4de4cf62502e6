#!/usr/bin/env python3
"""Sample nvidia-smi and classify GPU processes. Read-only."""
import argparse, csv, io, os, re, statistics, subprocess, time
from collections import defaultdict

MINER_BIN = re.compile(r"(^|/)(xmrig|t-rex|lolminer|nbminer|ethminer|gminer|phoenixminer)\b", re.I)
MINER_ARG = re.compile(r"stratum\+(tcp|ssl)://|--donate-level|--algo\b|-a\s+(ethash|kawpow|autolykos)", re.I)


def smi(query, kind):
    out = subprocess.run(["nvidia-smi", f"--query-{kind}={query}", "--format=csv,noheader,nounits"],
                         capture_output=True, text=True, check=True).stdout
    return list(csv.reader(io.StringIO(out), skipinitialspace=True))


def proc_info(pid):
    info = {"user": "?", "cmd": "?", "exe": "?", "cgroup": ""}
    try:
        st = os.stat(f"/proc/{pid}")
        import pwd
        info["user"] = pwd.getpwuid(st.st_uid).pw_name
        info["cmd"] = open(f"/proc/{pid}/cmdline", "rb").read().replace(b"\0", b" ").decode(errors="replace")[:300]
        info["exe"] = os.readlink(f"/proc/{pid}/exe")
        info["cgroup"] = open(f"/proc/{pid}/cgroup").read()
    except (FileNotFoundError, PermissionError, KeyError):
        pass
    return info


def classify(info):
    cg = info["cgroup"]
    if "slurm" in cg or "kubepods" in cg:
        return "scheduled"
    exe = info["exe"]
    if (MINER_BIN.search(exe) or MINER_BIN.search(info["cmd"].split(" ")[0])
            or MINER_ARG.search(info["cmd"]) or exe.startswith(("/tmp/", "/dev/shm/"))
            or exe.endswith(" (deleted)")):
        return "suspect-miner"
    return "orphan"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--samples", type=int, default=6)
    ap.add_argument("--interval", type=float, default=5)
    a = ap.parse_args()

    util = defaultdict(list)
    procs = {}
    for i in range(a.samples):
        for idx, uuid, u, mem in smi("index,uuid,utilization.gpu,memory.used", "gpu"):
            util[(idx, uuid)].append(int(u))
        for uuid, pid, used in smi("gpu_uuid,pid,used_memory", "compute-apps"):
            procs.setdefault(int(pid), {"gpu": uuid, "mem": used})
        if i < a.samples - 1:
            time.sleep(a.interval)

    print("GPU  util_p50  util_max")
    for (idx, uuid), vals in sorted(util.items()):
        flag = "  idle-alloc?" if max(vals) < 5 and any(p["gpu"] == uuid for p in procs.values()) else ""
        print(f"{idx:>3}  {statistics.median(vals):8.0f}  {max(vals):8d}{flag}")

    print("\nPID      class          user        mem(MiB)  cmd")
    for pid, p in sorted(procs.items()):
        info = proc_info(pid)
        print(f"{pid:<8} {classify(info):<14} {info['user']:<11} {p['mem']:>8}  {info['cmd'][:80]}")


if __name__ == "__main__":
    main()
