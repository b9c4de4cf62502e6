#!/usr/bin/env python3
"""Minimal security lint for docker compose files of fleet tracking stacks."""
import re
import sys

import yaml

RISKY_PORTS = {"3306": "MySQL", "5432": "Postgres", "1883": "MQTT", "6379": "Redis", "9090": "Prometheus"}
WEAK = re.compile(r"^(admin|password|changeme|traccar|root|123456)$", re.I)


def main(path):
    doc = yaml.safe_load(open(path))
    findings = []
    for name, svc in (doc.get("services") or {}).items():
        for p in svc.get("ports", []) or []:
            s = str(p.get("published") if isinstance(p, dict) else p)
            host = s.split(":")[0]
            if host in RISKY_PORTS or s.startswith(tuple(k + ":" for k in RISKY_PORTS)):
                findings.append(("HIGH", name, f"{RISKY_PORTS.get(host, 'service')} port published: {p}"))
        env = svc.get("environment") or {}
        if isinstance(env, list):
            env = dict(e.split("=", 1) for e in env if "=" in e)
        for k, v in env.items():
            if any(t in k.upper() for t in ("PASSWORD", "SECRET", "TOKEN")) and v:
                sev = "HIGH" if WEAK.match(str(v)) else "MEDIUM"
                findings.append((sev, name, f"{k} set inline in compose (weak={sev=='HIGH'})"))
        if svc.get("privileged"):
            findings.append(("HIGH", name, "privileged: true"))
        if svc.get("network_mode") == "host":
            findings.append(("MEDIUM", name, "network_mode: host"))
        for v in svc.get("volumes", []) or []:
            if "docker.sock" in str(v):
                findings.append(("HIGH", name, "docker socket mounted"))
    for f in sorted(findings):
        print("\t".join(f))
    return 1 if any(f[0] == "HIGH" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
