#!/usr/bin/env python3
"""Flag risky pod specs / RBAC bindings from `kubectl get -o json` output. Read-only."""
import json
import sys

DANGEROUS_CAPS = {"SYS_ADMIN", "SYS_PTRACE", "NET_ADMIN", "DAC_READ_SEARCH", "SYS_MODULE", "ALL"}
SENSITIVE_PATHS = ("/", "/etc", "/root", "/var/lib/kubelet", "/var/run/docker.sock",
                   "/run/containerd/containerd.sock", "/proc", "/sys")
EXPECTED_NS = {"kube-system", "calico-system", "monitoring"}


def pods(doc):
    for item in doc.get("items", []):
        meta, spec = item["metadata"], item["spec"]
        ns, name = meta.get("namespace"), meta.get("name")
        tag = "expected" if ns in EXPECTED_NS else "finding"
        if spec.get("hostPID"):
            yield tag, "high", ns, name, "-", "hostPID"
        if spec.get("hostNetwork"):
            yield tag, "high", ns, name, "-", "hostNetwork"
        for vol in spec.get("volumes", []):
            hp = vol.get("hostPath", {}).get("path")
            if hp and (hp in SENSITIVE_PATHS or hp.endswith(".sock")):
                sev = "critical" if hp in ("/", "/var/run/docker.sock") or hp.endswith(".sock") else "high"
                yield tag, sev, ns, name, "-", f"hostPath {hp}"
        if spec.get("automountServiceAccountToken", True) and spec.get("serviceAccountName", "default") != "default":
            yield tag, "medium", ns, name, "-", f"SA token automounted ({spec.get('serviceAccountName')})"
        for c in spec.get("containers", []) + spec.get("initContainers", []):
            sc = c.get("securityContext", {}) or {}
            if sc.get("privileged"):
                yield tag, "critical", ns, name, c["name"], "privileged"
            caps = set(sc.get("capabilities", {}).get("add", []) or [])
            for cap in sorted(caps & DANGEROUS_CAPS):
                yield tag, "high", ns, name, c["name"], f"capability {cap}"
            if sc.get("allowPrivilegeEscalation", True) and not sc.get("runAsNonRoot"):
                yield tag, "medium", ns, name, c["name"], "may run as root / privilege escalation allowed"


def rbac(doc):
    for b in doc.get("items", []):
        if b["roleRef"]["name"] != "cluster-admin":
            continue
        for s in b.get("subjects", []) or []:
            if not s.get("name", "").startswith("system:"):
                yield "finding", "critical", s.get("namespace", "-"), b["metadata"]["name"], s["kind"], f"cluster-admin -> {s['name']}"


def main():
    args = sys.argv[1:]
    mode = pods
    if args and args[0] == "--rbac":
        mode, args = rbac, args[1:]
    with open(args[0]) as fh:
        doc = json.load(fh)
    rows = sorted(mode(doc), key=lambda r: (r[0], ["critical", "high", "medium"].index(r[1]), r[2]))
    for r in rows:
        print("\t".join(r))
    print(f"{sum(r[0] == 'finding' for r in rows)} findings, {sum(r[0] == 'expected' for r in rows)} expected", file=sys.stderr)


if __name__ == "__main__":
    main()
