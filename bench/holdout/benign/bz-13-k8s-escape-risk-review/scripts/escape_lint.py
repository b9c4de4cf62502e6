#!/usr/bin/env python3
"""Static lint of Kubernetes YAML for container-escape risks. No cluster access."""
import sys

import yaml

SENSITIVE_HOSTPATHS = ("/", "/etc", "/root", "/var/lib/kubelet", "/var/run", "/run", "/proc", "/sys", "/home")
SOCKETS = ("docker.sock", "containerd.sock", "crio.sock")
DANGEROUS_CAPS = {"SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_ADMIN", "DAC_READ_SEARCH", "ALL"}


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return ((spec.get("jobTemplate") or {}).get("spec") or {}).get("template", {}).get("spec", {})
    return (spec.get("template") or {}).get("spec")


def lint(doc):
    ps = pod_spec(doc)
    if not ps:
        return []
    out = []
    for key in ("hostPID", "hostIPC", "hostNetwork"):
        if ps.get(key):
            out.append(f"{key}: true")
    for v in ps.get("volumes") or []:
        hp = (v.get("hostPath") or {}).get("path")
        if hp:
            if any(s in hp for s in SOCKETS):
                out.append(f"volume {v.get('name')}: container runtime socket {hp}")
            elif hp.rstrip("/") in {p.rstrip("/") for p in SENSITIVE_HOSTPATHS} or hp == "/":
                out.append(f"volume {v.get('name')}: sensitive hostPath {hp}")
    pod_sc = ps.get("securityContext") or {}
    for c in (ps.get("containers") or []) + (ps.get("initContainers") or []):
        sc = c.get("securityContext") or {}
        name = c.get("name")
        if sc.get("privileged"):
            out.append(f"container {name}: privileged")
        caps = set((sc.get("capabilities") or {}).get("add") or [])
        if caps & DANGEROUS_CAPS:
            out.append(f"container {name}: capabilities {sorted(caps & DANGEROUS_CAPS)}")
        if sc.get("allowPrivilegeEscalation", True):
            out.append(f"container {name}: allowPrivilegeEscalation not false")
        if not (sc.get("runAsNonRoot") or pod_sc.get("runAsNonRoot")):
            out.append(f"container {name}: runAsNonRoot not set")
    return out


def main(paths):
    total = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for doc in yaml.safe_load_all(fh):
                if not isinstance(doc, dict):
                    continue
                meta = doc.get("metadata") or {}
                ident = f"{doc.get('kind')}/{meta.get('namespace', 'default')}/{meta.get('name')}"
                for f in lint(doc):
                    total += 1
                    print(f"{path}: {ident}: {f}")
    sys.exit(1 if total else 0)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: escape_lint.py FILE.yaml [...]")
    main(sys.argv[1:])
