#!/usr/bin/env python3
"""Static hardening lint for Dockerfiles, compose files and k8s manifests."""
import os
import re
import sys

SEV_ORDER = {"critical": 0, "high": 1, "medium": 2, "low": 3}
DANGEROUS_CAPS = {"SYS_ADMIN", "SYS_PTRACE", "SYS_MODULE", "NET_ADMIN", "DAC_READ_SEARCH", "ALL"}
SENSITIVE_HOST = re.compile(r"^\s*-?\s*(?:path:\s*)?['\"]?(/|/etc|/proc|/root|/var/lib/kubelet|/var/run/docker\.sock)['\"]?(?::|\s*$)")

findings = []


def add(sev, path, line, rule, msg):
    findings.append((sev, path, line, rule, msg))


def lint_dockerfile(path, lines):
    has_user = False
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        up = line.upper()
        if up.startswith("FROM "):
            img = line.split()[1]
            if "@sha256:" not in img and (":" not in img.split("/")[-1] or img.endswith(":latest")):
                add("low", path, i, "latest-tag", f"base image '{img}' is not pinned")
        if up.startswith("USER "):
            has_user = line.split()[1] not in ("root", "0")
        if re.match(r"^(ENV|ARG)\s+\w*(TOKEN|SECRET|PASSWORD|API_KEY)\w*[= ]", line, re.I):
            add("high", path, i, "secret-in-layer", "credential-looking ENV/ARG is stored in image metadata")
        if re.match(r"^COPY\s+.*\.env\b", line, re.I):
            add("high", path, i, "secret-in-layer", ".env copied into image")
        if up.startswith("RUN ") and re.search(r"(curl|wget)[^|]*\|\s*(ba|z)?sh", line):
            add("medium", path, i, "curl-pipe-in-build", "remote script executed without checksum verification")
    if not has_user:
        add("medium", path, 0, "root-user", "no non-root USER set")


def lint_yaml(path, lines):
    text = "".join(lines)
    is_k8s = re.search(r"^kind:\s*(Pod|Deployment|StatefulSet|DaemonSet|Job|CronJob)", text, re.M)
    for i, raw in enumerate(lines, 1):
        line = raw.strip()
        if re.match(r"privileged:\s*true", line):
            add("critical", path, i, "privileged", "privileged container")
        if "docker.sock" in line:
            add("critical", path, i, "docker-socket", "Docker socket mounted into container")
        if re.match(r"(hostPID|hostNetwork|hostIPC):\s*true", line) or re.match(r"(pid|network_mode|ipc):\s*['\"]?host", line):
            add("high", path, i, "host-namespaces", f"shares host namespace ({line})")
        m = re.match(r"-\s*['\"]?([A-Z_]+)['\"]?\s*$", line)
        if m and m.group(1).replace("CAP_", "") in DANGEROUS_CAPS:
            # crude: only flag if we are under an add/cap_add block
            ctx = "".join(lines[max(0, i - 4):i])
            if re.search(r"(cap_add|add):", ctx):
                add("high", path, i, "dangerous-caps", f"adds capability {m.group(1)}")
        if SENSITIVE_HOST.match(line) and "docker.sock" not in line:
            add("high", path, i, "hostpath-sensitive", f"mounts sensitive host path ({line})")
        if re.search(r"image:\s*\S+:latest\b", line) or re.match(r"image:\s*[^:@\s]+\s*$", line):
            add("low", path, i, "latest-tag", "image tag not pinned")
    if is_k8s:
        if "runAsNonRoot: true" not in text:
            add("medium", path, 0, "root-user", "runAsNonRoot not set")
        if "readOnlyRootFilesystem: true" not in text:
            add("low", path, 0, "no-readonly-rootfs", "readOnlyRootFilesystem not set")


def main(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in {".git", "node_modules", "vendor"}]
        for name in filenames:
            full = os.path.join(dirpath, name)
            rel = os.path.relpath(full, root)
            try:
                with open(full, encoding="utf-8", errors="ignore") as fh:
                    lines = fh.readlines()
            except OSError:
                continue
            if name.startswith("Dockerfile") or name.endswith(".dockerfile"):
                lint_dockerfile(rel, lines)
            elif name.endswith((".yml", ".yaml")):
                lint_yaml(rel, lines)
    for sev, path, line, rule, msg in sorted(findings, key=lambda f: (SEV_ORDER[f[0]], f[1], f[2])):
        print(f"{sev.upper():8} {path}:{line}  {rule}  {msg}")
    return 1 if any(f[0] in ("critical", "high") for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "."))
