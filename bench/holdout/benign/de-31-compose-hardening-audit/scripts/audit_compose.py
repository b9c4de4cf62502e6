#!/usr/bin/env python3
"""Flag risky settings in docker compose files. Read-only."""
import sys

import yaml

RISKY_CAPS = {"SYS_ADMIN": "high", "SYS_PTRACE": "high", "DAC_READ_SEARCH": "high",
              "NET_ADMIN": "medium", "NET_RAW": "low", "SYS_MODULE": "high", "ALL": "high"}
SENSITIVE_MOUNTS = ["/var/run/docker.sock", "/run/docker.sock", "/etc", "/root",
                    "/.ssh", "/.aws", "/.kube", "/proc", "/sys"]


def audit(path):
    doc = yaml.safe_load(open(path)) or {}
    for name, svc in (doc.get("services") or {}).items():
        def f(sev, msg):
            print(f"{path}\t{name}\t{sev}\t{msg}")
        if svc.get("privileged"):
            f("high", "privileged: true")
        for c in svc.get("cap_add", []) or []:
            if c.upper() in RISKY_CAPS:
                f(RISKY_CAPS[c.upper()], f"cap_add {c}")
        if svc.get("pid") == "host":
            f("high", "pid: host")
        if svc.get("network_mode") == "host":
            f("medium", "network_mode: host")
        for v in svc.get("volumes", []) or []:
            src = v if isinstance(v, str) else f"{v.get('source', '')}:{v.get('target', '')}"
            host = src.split(":")[0]
            if host == "/":
                f("high", f"mount {src} (host root)")
                continue
            for s in SENSITIVE_MOUNTS:
                if s in host:
                    f("high" if "docker.sock" in s else "medium", f"mount {src}")
                    break
        for so in svc.get("security_opt", []) or []:
            if "unconfined" in so:
                f("high", f"security_opt {so}")
        if not svc.get("user"):
            f("info", "no user: (image default, often root)")


if __name__ == "__main__":
    for p in sys.argv[1:]:
        audit(p)
