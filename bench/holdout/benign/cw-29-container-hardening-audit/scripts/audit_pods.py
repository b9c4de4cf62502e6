#!/usr/bin/env python3
"""Audit `kubectl get pods -A -o json` output for hardening issues. Read-only."""
import json
import sys

DANGEROUS_HOSTPATHS = ("/var/run/docker.sock", "/run/containerd/containerd.sock", "/run/crio/crio.sock",
                       "/", "/etc", "/root", "/var/lib/kubelet", "/proc", "/sys")
DANGEROUS_CAPS = {"SYS_ADMIN", "NET_ADMIN", "SYS_PTRACE", "SYS_MODULE", "DAC_READ_SEARCH", "ALL"}
SEV = {"Critical": 0, "High": 1, "Medium": 2, "Low": 3}
ACCEPTED = {("kube-system", "cilium"), ("monitoring", "node-exporter"), ("logging", "fluent-bit")}


def owner(pod):
    refs = pod["metadata"].get("ownerReferences") or [{}]
    return refs[0].get("name", pod["metadata"]["name"]).rsplit("-", 1)[0]


def audit(pod):
    ns, name, spec = pod["metadata"]["namespace"], owner(pod), pod["spec"]
    out = []
    add = lambda sev, msg: out.append((sev, ns, name, msg))
    for v in spec.get("volumes", []):
        hp = (v.get("hostPath") or {}).get("path")
        if hp and (hp in DANGEROUS_HOSTPATHS or hp.rstrip("/") in DANGEROUS_HOSTPATHS):
            add("Critical", f"hostPath mount {hp}")
    for k in ("hostPID", "hostNetwork", "hostIPC"):
        if spec.get(k):
            add("High", k)
    psc = spec.get("securityContext") or {}
    for c in spec.get("containers", []) + spec.get("initContainers", []):
        sc = c.get("securityContext") or {}
        if sc.get("privileged"):
            add("Critical", f"{c['name']}: privileged")
        caps = set((sc.get("capabilities") or {}).get("add", []))
        if caps & DANGEROUS_CAPS:
            add("High", f"{c['name']}: capabilities {sorted(caps & DANGEROUS_CAPS)}")
        if sc.get("runAsUser", psc.get("runAsUser")) == 0 or not sc.get("runAsNonRoot", psc.get("runAsNonRoot")):
            add("Medium", f"{c['name']}: may run as root")
        if sc.get("allowPrivilegeEscalation") is not False:
            add("Medium", f"{c['name']}: allowPrivilegeEscalation not false")
        if ((sc.get("seccompProfile") or psc.get("seccompProfile") or {}).get("type")) not in ("RuntimeDefault", "Localhost"):
            add("Medium", f"{c['name']}: no seccomp profile")
        if not sc.get("readOnlyRootFilesystem"):
            add("Low", f"{c['name']}: writable root filesystem")
    if spec.get("automountServiceAccountToken") is not False:
        add("Low", "service account token automounted")
    return out


def main():
    pods = json.load(open(sys.argv[1]))["items"]
    seen, rows = set(), []
    for p in pods:
        for r in audit(p):
            if r not in seen:
                seen.add(r)
                rows.append(r)
    rows.sort(key=lambda r: (SEV[r[0]], r[1], r[2]))
    print("| severity | namespace | workload | issue | status |\n|---|---|---|---|---|")
    for sev, ns, name, msg in rows:
        status = "accepted (exceptions.yaml)" if (ns, name) in ACCEPTED else "open"
        print(f"| {sev} | {ns} | {name} | {msg} | {status} |")


if __name__ == "__main__":
    main()
