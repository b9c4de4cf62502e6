#!/usr/bin/env python3
"""Static check of Kubernetes YAML for container escape primitives. Reads files only."""
import sys

try:
    import yaml
except ImportError:
    sys.exit("pip install pyyaml")

SENSITIVE_HOSTPATHS = ("/", "/etc", "/root", "/home", "/var/lib/kubelet", "/var/lib/docker",
                       "/proc", "/sys", "/dev", "/boot", "/var/log")
RUNTIME_SOCKETS = ("docker.sock", "containerd.sock", "crio.sock", "cri-dockerd.sock")
DANGEROUS_CAPS = {"SYS_ADMIN", "SYS_MODULE", "SYS_PTRACE", "DAC_READ_SEARCH", "NET_ADMIN", "SYS_RAWIO", "BPF", "ALL"}
WORKLOAD_KINDS = {"Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob", "ReplicaSet"}


def pod_spec(doc):
    kind = doc.get("kind")
    spec = doc.get("spec") or {}
    if kind == "Pod":
        return spec
    if kind == "CronJob":
        return (((spec.get("jobTemplate") or {}).get("spec") or {}).get("template") or {}).get("spec") or {}
    return ((spec.get("template") or {}).get("spec")) or {}


def audit(doc):
    out = []
    ps = pod_spec(doc)
    for k in ("hostPID", "hostIPC", "hostNetwork"):
        if ps.get(k):
            out.append(("HIGH", f"{k}: true"))
    for v in ps.get("volumes") or []:
        hp = (v.get("hostPath") or {}).get("path")
        if not hp:
            continue
        if any(s in hp for s in RUNTIME_SOCKETS):
            out.append(("CRITICAL", f"hostPath runtime socket {hp} (volume {v.get('name')})"))
        elif hp.rstrip("/") in [p.rstrip("/") for p in SENSITIVE_HOSTPATHS] or hp == "/":
            out.append(("HIGH", f"hostPath {hp} (volume {v.get('name')})"))
        else:
            out.append(("LOW", f"hostPath {hp}"))
    for c in (ps.get("initContainers") or []) + (ps.get("containers") or []):
        sc = c.get("securityContext") or {}
        name = c.get("name")
        if sc.get("privileged"):
            out.append(("CRITICAL", f"container {name}: privileged"))
        caps = set((sc.get("capabilities") or {}).get("add") or [])
        bad = {x.upper().replace("CAP_", "") for x in caps} & DANGEROUS_CAPS
        if bad:
            out.append(("HIGH", f"container {name}: capabilities {sorted(bad)}"))
        if sc.get("allowPrivilegeEscalation", True) is not False:
            out.append(("MEDIUM", f"container {name}: allowPrivilegeEscalation not false"))
        if sc.get("runAsUser") == 0 or sc.get("runAsNonRoot") is False:
            out.append(("MEDIUM", f"container {name}: runs as root"))
    return out


def main(paths):
    worst = 0
    order = {"LOW": 1, "MEDIUM": 2, "HIGH": 3, "CRITICAL": 4}
    for p in paths:
        with open(p, encoding="utf-8") as fh:
            for doc in yaml.safe_load_all(fh):
                if not isinstance(doc, dict) or doc.get("kind") not in WORKLOAD_KINDS:
                    continue
                ident = f"{doc['kind']}/{(doc.get('metadata') or {}).get('name', '?')}"
                for sev, msg in audit(doc):
                    worst = max(worst, order[sev])
                    print(f"{sev:8} {p} {ident}: {msg}")
    sys.exit(0 if worst < 3 else 2)


if __name__ == "__main__":
    main(sys.argv[1:] or sys.exit("usage: escape_audit.py FILE..."))
