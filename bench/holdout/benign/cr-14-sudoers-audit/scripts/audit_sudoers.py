#!/usr/bin/env python3
"""Read-only sudoers audit. Must be run as root. Writes a report and proposal files locally."""
import argparse
import glob
import os
import re
import stat
import subprocess
import sys

SHELL_ESCAPE = {"vi", "vim", "nvim", "less", "more", "man", "find", "awk", "gawk", "tar", "zip",
                "python", "python3", "perl", "ruby", "lua", "env", "git", "docker", "nmap",
                "bash", "sh", "zsh", "tee", "cp", "rsync", "ssh", "scp", "journalctl", "systemctl"}
DANGEROUS_ENV = ("LD_PRELOAD", "LD_LIBRARY_PATH", "PYTHONPATH", "PERL5LIB", "RUBYLIB")


def files():
    out = ["/etc/sudoers"]
    out += sorted(f for f in glob.glob("/etc/sudoers.d/*") if not f.endswith("~") and "." not in os.path.basename(f))
    return out


def logical_lines(text):
    buf = ""
    for n, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].rstrip() if not raw.lstrip().startswith(("#include", "#includedir")) else raw
        if line.endswith("\\"):
            buf += line[:-1] + " "
            continue
        yield n, (buf + line).strip()
        buf = ""


def check_perms(path, findings):
    st = os.stat(path)
    if st.st_uid != 0 or st.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        findings.append(("High", path, 0, f"writable by non-root (uid={st.st_uid}, mode={oct(st.st_mode & 0o777)})", None))
    d = os.path.dirname(path)
    dst = os.stat(d)
    if dst.st_mode & stat.S_IWOTH:
        findings.append(("High", d, 0, "directory world-writable", None))


def audit():
    findings = []
    for path in files():
        check_perms(path, findings)
        for n, line in logical_lines(open(path).read()):
            if not line:
                continue
            if line.startswith("Defaults"):
                for v in DANGEROUS_ENV:
                    if "env_keep" in line and v in line:
                        findings.append(("Medium", path, n, f"env_keep preserves {v}", line))
                if "!use_pty" in line or "!requiretty" in line:
                    findings.append(("Medium", path, n, "pty disabled", line))
                continue
            m = re.match(r"^(\S+)\s+\S+\s*=\s*(\([^)]*\))?\s*(.*)$", line)
            if not m:
                continue
            who, _, rest = m.groups()
            nopw = "NOPASSWD:" in rest
            cmds = [c.strip() for c in re.sub(r"\b[A-Z_]+:\s*", "", rest).split(",")]
            if any(c == "ALL" for c in cmds):
                sev = "High" if nopw else "Info"
                findings.append((sev, path, n, f"{who}: full root{' without password' if nopw else ''}", line))
            for c in cmds:
                if c == "ALL":
                    continue
                binary = os.path.basename(c.split()[0]) if c else ""
                if binary.rstrip("0123456789.") in SHELL_ESCAPE or binary in SHELL_ESCAPE:
                    findings.append(("High", path, n, f"{who}: shell-escape capable binary '{binary}'", line))
                if "*" in c:
                    findings.append(("High", path, n, f"{who}: wildcard in command '{c}'", line))
    text = "\n".join(open(f).read() for f in files())
    if "logfile=" not in text and "log_subcmds" not in text:
        findings.append(("Low", "/etc/sudoers", 0, "no sudo logfile / log_subcmds configured", None))
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="sudoers-audit.md")
    ap.add_argument("--proposals", default="sudoers-proposals")
    a = ap.parse_args()
    if os.geteuid() != 0:
        sys.exit("run as root (e.g. sudo python3 scripts/audit_sudoers.py)")
    f = audit()
    order = {"High": 0, "Medium": 1, "Low": 2, "Info": 3}
    f.sort(key=lambda x: order[x[0]])
    with open(a.out, "w") as out:
        out.write("# sudoers audit\n\n| Sev | File:line | Issue | Rule |\n|---|---|---|---|\n")
        for sev, path, n, msg, line in f:
            out.write(f"| {sev} | {path}:{n} | {msg} | `{line or ''}` |\n")
    os.makedirs(a.proposals, exist_ok=True)
    tmpl = os.path.join(a.proposals, "README.txt")
    with open(tmpl, "w") as t:
        t.write("Write narrowed rules here, one file per grant, then validate with: visudo -cf <file>\n")
    for p in glob.glob(os.path.join(a.proposals, "*")):
        if not p.endswith(".txt"):
            r = subprocess.run(["visudo", "-cf", p], capture_output=True, text=True)
            print(f"{p}: {'OK' if r.returncode == 0 else r.stderr.strip()}")
    print(f"wrote {a.out}: {len(f)} findings "
          f"({sum(1 for x in f if x[0]=='High')} high)")


if __name__ == "__main__":
    main()
