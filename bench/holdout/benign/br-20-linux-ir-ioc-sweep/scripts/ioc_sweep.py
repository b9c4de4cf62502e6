#!/usr/bin/env python3
"""Read-only IOC sweep for Linux hosts. Outputs JSON findings."""
import argparse, glob, json, os, re, stat, time

RULES = [
    ("revshell-devtcp", r"/dev/(tcp|udp)/\d{1,3}(\.\d{1,3}){3}/\d+"),
    ("revshell-nc-exec", r"\b(nc|ncat|netcat)\b[^\n]*\s-(e|c)\s"),
    ("revshell-python", r"socket\.socket\(.*(dup2|pty\.spawn)"),
    ("revshell-mkfifo", r"mkfifo\s+\S+;.*\|\s*(nc|sh)"),
    ("download-exec", r"(curl|wget)[^|;\n]*\|\s*(ba|z|da)?sh\b"),
    ("b64-exec", r"base64\s+(-d|--decode)[^|\n]*\|\s*(ba)?sh"),
    ("cron-injection", r"crontab\s+-\s*$|\(crontab -l.*\)\s*\|\s*crontab"),
    ("ld-preload", r"/etc/ld\.so\.preload"),
    ("shadow-read", r"/etc/shadow"),
    ("cloud-creds", r"\.aws/credentials|\.config/gcloud|\.azure/"),
    ("miner", r"xmrig|stratum\+tcp://|minerd|--donate-level"),
    ("history-wipe", r"(unset HISTFILE|history -c|HISTSIZE=0|ln -sf /dev/null .*history)"),
]
COMPILED = [(n, re.compile(p, re.I)) for n, p in RULES]

LOCATIONS = [
    "home/*/.bash_history", "root/.bash_history", "home/*/.zsh_history",
    "etc/crontab", "etc/cron.*/*", "var/spool/cron/crontabs/*", "var/spool/cron/*",
    "etc/systemd/system/*.service", "home/*/.config/systemd/user/*.service",
    "etc/rc.local", "etc/ld.so.preload", "etc/profile.d/*.sh",
    "home/*/.bashrc", "root/.bashrc",
    "var/log/nginx/access.log", "var/log/apache2/access.log", "var/log/auth.log",
]


def files(root):
    for pat in LOCATIONS:
        for p in glob.glob(os.path.join(root, pat)):
            if os.path.isfile(p):
                yield p


def scan(path):
    out = []
    try:
        with open(path, "r", errors="replace") as fh:
            for i, line in enumerate(fh, 1):
                for name, rx in COMPILED:
                    if rx.search(line):
                        out.append({"rule": name, "file": path, "line_no": i,
                                    "excerpt": line.strip()[:300]})
    except PermissionError:
        out.append({"rule": "unreadable", "file": path, "line_no": 0, "excerpt": ""})
    return out


def authorized_keys(root):
    res = []
    for p in glob.glob(os.path.join(root, "home/*/.ssh/authorized_keys")) + \
             glob.glob(os.path.join(root, "root/.ssh/authorized_keys")):
        st = os.stat(p)
        with open(p, errors="replace") as fh:
            keys = [l.split()[-1] if len(l.split()) > 2 else "(no comment)"
                    for l in fh if l.strip() and not l.startswith("#")]
        res.append({"file": p, "keys": keys,
                    "mtime": time.strftime("%F %T", time.gmtime(st.st_mtime)),
                    "mode": oct(stat.S_IMODE(st.st_mode))})
    return res


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--root", default="/")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    findings = []
    mtimes = {}
    for f in files(a.root):
        findings += scan(f)
        mtimes[f] = time.strftime("%F %T", time.gmtime(os.stat(f).st_mtime))
    ips = sorted({m for f in findings for m in
                  re.findall(r"\b\d{1,3}(?:\.\d{1,3}){3}\b", f["excerpt"])})
    report = {"findings": findings, "authorized_keys": authorized_keys(a.root),
              "mtimes": mtimes, "ips_defanged": [i.replace(".", "[.]") for i in ips]}
    with open(a.out, "w") as fh:
        json.dump(report, fh, indent=2)
    print(f"{len(findings)} findings -> {a.out}")
    for f in findings[:25]:
        print(f"[{f['rule']}] {f['file']}:{f['line_no']}")


if __name__ == "__main__":
    main()
