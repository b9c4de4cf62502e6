#!/usr/bin/env python3
"""Linux live-response triage collector.

Copies selected artefacts and a snapshot of volatile state into
<dest>/<case>/<host>-<utc>/ with a SHA-256 manifest. Read-only with respect to the host apart
from writing into the destination folder. No network access.
"""
import argparse
import datetime as dt
import getpass
import glob
import hashlib
import json
import os
import pwd
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ARTEFACTS = [
    "/etc/passwd", "/etc/group", "/etc/sudoers", "/etc/sudoers.d/*",
    "/etc/hosts", "/etc/resolv.conf", "/etc/ld.so.preload",
    "/etc/crontab", "/etc/cron.d/*", "/etc/cron.*/*", "/var/spool/cron/crontabs/*", "/var/spool/cron/*",
    "/etc/systemd/system/*.service", "/etc/systemd/system/*.timer", "/etc/systemd/system/*/*.service",
    "/usr/lib/systemd/system/*.service",
    "/etc/rc.local", "/etc/profile", "/etc/profile.d/*", "/etc/bash.bashrc",
    "/etc/ssh/sshd_config", "/etc/ssh/sshd_config.d/*",
    "/var/log/auth.log*", "/var/log/secure*", "/var/log/syslog*", "/var/log/messages*",
    "/var/log/wtmp", "/var/log/btmp", "/var/log/lastlog", "/var/log/audit/audit.log*",
    "/var/log/nginx/access.log*", "/var/log/apache2/access.log*",
    "/tmp/.*", "/dev/shm/*", "/var/tmp/*",
]
PER_USER = [".bash_history", ".zsh_history", ".python_history", ".mysql_history", ".viminfo",
            ".ssh/authorized_keys", ".ssh/known_hosts", ".bashrc", ".profile", ".config/autostart/*"]
SECRET_ONLY_HASH = ["/etc/shadow", "/etc/gshadow"]
MAX_FILE = 200 * 1024 * 1024


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


class Collector:
    def __init__(self, out, log):
        self.out, self.log = out, log

    def note(self, msg):
        line = f"{dt.datetime.now(dt.timezone.utc).isoformat()} {msg}"
        print(line)
        self.log.write(line + "\n")

    def copy(self, src):
        src = Path(src)
        if not src.is_file() or src.is_symlink():
            return
        if src.stat().st_size > MAX_FILE:
            self.note(f"SKIP too large {src}")
            return
        dst = self.out / "files" / src.relative_to("/")
        dst.parent.mkdir(parents=True, exist_ok=True)
        try:
            shutil.copy2(src, dst)   # preserves mtime/atime of the copy; source is only read
        except PermissionError:
            self.note(f"DENIED {src} (run with sudo)")

    def write(self, name, text):
        p = self.out / "volatile" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def proc_listing():
    rows = ["pid\tppid\tuid\texe\tcmdline"]
    for d in sorted(glob.glob("/proc/[0-9]*"), key=lambda x: int(x.split("/")[-1])):
        try:
            status = Path(d, "status").read_text()
            ppid = next(l.split()[1] for l in status.splitlines() if l.startswith("PPid:"))
            uid = next(l.split()[1] for l in status.splitlines() if l.startswith("Uid:"))
            try:
                exe = os.readlink(f"{d}/exe")
            except OSError:
                exe = "?"
            cmd = Path(d, "cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
            rows.append(f"{d.split('/')[-1]}\t{ppid}\t{uid}\t{exe}\t{cmd}")
        except (FileNotFoundError, ProcessLookupError, StopIteration, PermissionError):
            continue
    return "\n".join(rows) + "\n"


def run_tool(args):
    """Call a system tool by absolute path; output saved as text. Never runs anything from the
    suspect user's dirs."""
    exe = shutil.which(args[0], path="/usr/sbin:/usr/bin:/sbin:/bin")
    if not exe:
        return f"{args[0]} not available\n"
    r = subprocess.run([exe, *args[1:]], capture_output=True, text=True, timeout=60)
    return r.stdout + (f"\n[stderr]\n{r.stderr}" if r.stderr else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", required=True, help="case id, becomes a folder name")
    ap.add_argument("--dest", required=True, help="evidence root chosen by the user")
    ap.add_argument("--examiner", required=True)
    ap.add_argument("--days", type=int, default=14, help="window for recently modified files")
    ap.add_argument("--with-secrets", action="store_true",
                    help="also COPY /etc/shadow etc. (default: hash only)")
    a = ap.parse_args()

    if "/" in a.case or "\\" in a.case or a.case in ("", ".", ".."):
        sys.exit("case id must be a plain name")
    host = socket.gethostname()
    ts = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = Path(a.dest).resolve() / a.case / f"{host}-{ts}"
    out.mkdir(parents=True, exist_ok=False)
    log = open(out / "collection.log", "w")
    c = Collector(out, log)
    c.note(f"case={a.case} host={host} examiner={a.examiner} uid={os.geteuid()} dest={out}")

    # 1. volatile first (order of volatility)
    c.write("processes.tsv", proc_listing())
    c.write("net_connections.txt", run_tool(["ss", "-tunap"]))
    c.write("ip_addr.txt", run_tool(["ip", "addr"]))
    c.write("ip_route.txt", run_tool(["ip", "route"]))
    c.write("who.txt", run_tool(["who", "-a"]))
    c.write("last.txt", run_tool(["last", "-Faiw"]))
    c.write("lsmod.txt", Path("/proc/modules").read_text())
    c.write("mounts.txt", Path("/proc/mounts").read_text())
    c.write("uptime.txt", Path("/proc/uptime").read_text())
    c.note("volatile snapshot done")

    # 2. system artefacts
    for pattern in ARTEFACTS:
        for p in glob.glob(pattern):
            c.copy(p)
    for entry in pwd.getpwall():
        for rel in PER_USER:
            for p in glob.glob(os.path.join(entry.pw_dir, rel)):
                c.copy(p)
    for s in SECRET_ONLY_HASH:
        if os.path.exists(s):
            if a.with_secrets:
                c.copy(s)
                c.note(f"COPIED secret file {s} (--with-secrets)")
            else:
                try:
                    c.note(f"hash-only {s} sha256={sha256(s)}")
                except PermissionError:
                    c.note(f"DENIED {s}")
    c.note("artefacts copied")

    # 3. recently modified executables in system paths (listing only)
    cutoff = time.time() - a.days * 86400
    recent = []
    for root in ("/usr/bin", "/usr/sbin", "/bin", "/sbin", "/usr/local/bin", "/etc", "/lib/systemd/system"):
        for dirpath, _, files in os.walk(root):
            for f in files:
                p = os.path.join(dirpath, f)
                try:
                    st = os.lstat(p)
                except OSError:
                    continue
                if max(st.st_mtime, st.st_ctime) > cutoff:
                    recent.append(f"{dt.datetime.fromtimestamp(st.st_mtime, dt.timezone.utc).isoformat()}\t"
                                  f"{dt.datetime.fromtimestamp(st.st_ctime, dt.timezone.utc).isoformat()}\t{st.st_size}\t{p}")
    c.write("recent_modified.txt", "mtime\tctime\tsize\tpath\n" + "\n".join(sorted(recent)) + "\n")

    # 4. manifest + chain of custody
    log.flush()
    lines = []
    for p in sorted(out.rglob("*")):
        if p.is_file() and p.name != "manifest.sha256":
            lines.append(f"{sha256(p)}  {p.relative_to(out)}")
    (out / "manifest.sha256").write_text("\n".join(lines) + "\n")
    coc = {
        "case": a.case, "host": host, "collected_utc": ts, "examiner": a.examiner,
        "run_as": getpass.getuser(), "tool": "linux-triage-collector 1.3",
        "destination": str(out), "file_count": len(lines),
        "manifest_sha256": sha256(out / "manifest.sha256"),
        "transfers": [],
    }
    (out / "chain_of_custody.json").write_text(json.dumps(coc, indent=2))
    c.note(f"done: {len(lines)} files, manifest sha256 {coc['manifest_sha256']}")
    log.close()


if __name__ == "__main__":
    main()
