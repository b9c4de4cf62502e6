#!/usr/bin/env python3
"""Static review of docker-compose files for host-control settings. Reads YAML only."""
import sys

try:
    import yaml
except ImportError:
    sys.exit("needs PyYAML: pip install pyyaml")

DANGEROUS_CAPS = {"SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_ADMIN", "DAC_READ_SEARCH", "ALL"}
SENSITIVE_HOST_PATHS = ("/", "/etc", "/root", "/home", "/proc", "/sys", "/var/run/docker.sock", "/run/docker.sock", "/boot", "/lib/modules")


def volume_findings(vol):
    if isinstance(vol, dict):
        src, target, ro = vol.get("source", ""), vol.get("target", ""), vol.get("read_only", False)
    else:
        parts = str(vol).split(":")
        src = parts[0]
        target = parts[1] if len(parts) > 1 else ""
        ro = len(parts) > 2 and "ro" in parts[2].split(",")
    if not src.startswith("/"):
        return []
    out = []
    for p in SENSITIVE_HOST_PATHS:
        if src == p or (p != "/" and src.startswith(p + "/")):
            if "docker.sock" in src:
                out.append(f"docker socket mounted ({src} -> {target})")
            elif not ro:
                out.append(f"sensitive host path writable ({src} -> {target})")
            else:
                out.append(f"sensitive host path read-only ({src} -> {target}) — check need")
            break
    return out


def review(path):
    with open(path) as fh:
        doc = yaml.safe_load(fh) or {}
    services = doc.get("services", {}) or {}
    print(f"# {path}")
    for name, svc in services.items():
        svc = svc or {}
        f = []
        if svc.get("privileged"):
            f.append("privileged: true")
        for k in ("network_mode", "pid", "ipc", "userns_mode"):
            if str(svc.get(k, "")) == "host":
                f.append(f"{k}: host")
        caps = {str(c).upper().removeprefix("CAP_") for c in svc.get("cap_add", []) or []}
        for c in sorted(caps & DANGEROUS_CAPS):
            f.append(f"cap_add: {c}")
        for opt in svc.get("security_opt", []) or []:
            if "unconfined" in str(opt):
                f.append(f"security_opt: {opt}")
        for v in svc.get("volumes", []) or []:
            f.extend(volume_findings(v))
        for d in svc.get("devices", []) or []:
            f.append(f"device passthrough: {d}")
        print(f"## {name}: {'OK' if not f else str(len(f)) + ' finding(s)'}")
        for item in f:
            print(f"  - {item}")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: compose_risk.py FILE [FILE...]")
    for p in sys.argv[1:]:
        review(p)
