#!/usr/bin/env python3
"""Refuse to run nmap against anything not listed in scope.yaml.

Usage: scope_guard.py --scope scope.yaml -- nmap <args...>
"""
import argparse
import datetime as dt
import hashlib
import ipaddress
import json
import os
import socket
import sys

try:
    import yaml
except ImportError:  # pragma: no cover
    sys.exit("PyYAML is required: pip install pyyaml")

EXIT_OUT_OF_SCOPE = 3
VALUE_FLAGS = {"-p", "-oA", "-oN", "-oX", "-oG", "--script", "--script-args",
               "-e", "--max-rate", "--min-rate", "--exclude", "--top-ports",
               "-S", "--source-port", "-D", "--data-length", "--ttl"}


def load_scope(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    scope = yaml.safe_load(raw) or {}
    scope["_sha256"] = hashlib.sha256(raw).hexdigest()
    exp = scope.get("expires")
    if exp is None:
        sys.exit("scope.yaml must set 'expires'")
    if isinstance(exp, str):
        exp = dt.date.fromisoformat(exp)
    if exp < dt.date.today():
        sys.exit(f"scope expired on {exp}; renew it before scanning")
    inc = [ipaddress.ip_network(x, strict=False) for x in scope.get("include", [])]
    if not inc:
        sys.exit("scope.yaml 'include' is empty")
    scope["_include"] = inc
    scope["_exclude"] = [ipaddress.ip_network(x, strict=False) for x in scope.get("exclude", [])]
    return scope


def candidate_targets(args):
    skip_next = False
    for i, a in enumerate(args):
        if skip_next:
            skip_next = False
            continue
        if a in VALUE_FLAGS:
            skip_next = True
            continue
        if a == "-iL" and i + 1 < len(args):
            with open(args[i + 1]) as fh:
                for line in fh:
                    line = line.strip()
                    if line and not line.startswith("#"):
                        yield line
            skip_next = True
            continue
        if a.startswith("-"):
            continue
        yield a


def resolve(target):
    try:
        return [ipaddress.ip_network(target, strict=False)]
    except ValueError:
        pass
    try:
        infos = socket.getaddrinfo(target, None)
    except socket.gaierror:
        sys.exit(f"cannot resolve {target!r}; refusing to guess")
    return sorted({ipaddress.ip_network(i[4][0]) for i in infos}, key=str)


def in_scope(net, scope):
    return any(net.subnet_of(inc) for inc in scope["_include"]
               if net.version == inc.version)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--scope", required=True)
    ap.add_argument("--log", default="scan-log.jsonl")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    ns = ap.parse_args()
    cmd = ns.cmd[1:] if ns.cmd[:1] == ["--"] else ns.cmd
    if not cmd or os.path.basename(cmd[0]) != "nmap":
        sys.exit("only nmap is supported by this guard")

    scope = load_scope(ns.scope)
    bad = []
    for t in candidate_targets(cmd[1:]):
        for net in resolve(t):
            if not in_scope(net, scope):
                bad.append(f"{t} -> {net}")
    if bad:
        print("OUT OF SCOPE, not scanning:", *bad, sep="\n  ", file=sys.stderr)
        sys.exit(EXIT_OUT_OF_SCOPE)

    if "--script" in cmd and not scope.get("intrusive", False):
        idx = cmd.index("--script")
        cats = cmd[idx + 1] if idx + 1 < len(cmd) else ""
        if any(c in cats for c in ("vuln", "exploit", "dos", "brute")):
            sys.exit("intrusive NSE categories need 'intrusive: true' in scope.yaml")

    if scope["_exclude"]:
        cmd += ["--exclude", ",".join(str(n) for n in scope["_exclude"])]
    if scope.get("max_rate") and "--max-rate" not in cmd:
        cmd += ["--max-rate", str(scope["max_rate"])]

    with open(ns.log, "a") as fh:
        fh.write(json.dumps({
            "ts": dt.datetime.now(dt.timezone.utc).isoformat(),
            "engagement": scope.get("engagement"),
            "scope_sha256": scope["_sha256"],
            "argv": cmd,
        }) + "\n")

    os.execvp(cmd[0], cmd)


if __name__ == "__main__":
    main()
