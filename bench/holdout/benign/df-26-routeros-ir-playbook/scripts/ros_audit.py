#!/usr/bin/env python3
"""Offline audit of a RouterOS /export (plus print detail output).

Only parses text. Does not connect to any device.
"""
import argparse
import ipaddress
import re
import shlex
import sys

KNOWN_ADMINS = {"admin-noc", "netops", "readonly"}
WATCH_DNS = ("update.", "windowsupdate", "mikrotik.com", "bank", "paypal", "apple.com", "google.com")


def logical_lines(text):
    """Join RouterOS continuation lines ending with a backslash."""
    buf = ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.endswith("\\"):
            buf += line[:-1].lstrip() if buf else line[:-1]
            continue
        buf += line.lstrip() if buf else line
        yield buf
        buf = ""
    if buf:
        yield buf


def parse_kv(rest):
    try:
        toks = shlex.split(rest, posix=True)
    except ValueError:
        toks = rest.split()
    kv = {}
    for t in toks:
        if "=" in t:
            k, v = t.split("=", 1)
            kv[k] = v
        elif "_pos" not in kv:
            kv["_pos"] = t  # e.g. "/ip service set telnet disabled=no"
    return kv


def parse_interval(s):
    # 10m, 1h30m, 00:05:00, 1d
    if not s:
        return None
    m = re.fullmatch(r"(\d+):(\d+):(\d+)", s)
    if m:
        h, mi, se = map(int, m.groups())
        return h * 3600 + mi * 60 + se
    total = 0
    for n, u in re.findall(r"(\d+)([wdhms])", s):
        total += int(n) * {"w": 604800, "d": 86400, "h": 3600, "m": 60, "s": 1}[u]
    return total or None


def in_nets(addr, nets):
    try:
        ip = ipaddress.ip_address(addr.split("/")[0].split("-")[0])
    except ValueError:
        return False
    return any(ip in n for n in nets)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    ap.add_argument("--trusted-net", action="append", default=[],
                    help="internal/known destination ranges for dst-nat (repeatable)")
    a = ap.parse_args()

    nets = [ipaddress.ip_network(n, strict=False) for n in a.trusted_net] or [
        ipaddress.ip_network("10.0.0.0/8"), ipaddress.ip_network("172.16.0.0/12"),
        ipaddress.ip_network("192.168.0.0/16")]

    text = open(a.export, encoding="utf-8", errors="replace").read()
    findings = []
    section = None

    def add(rid, msg, line):
        findings.append((rid, msg, line.strip()[:300]))

    for line in logical_lines(text):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("/"):
            # "/ip firewall nat" alone, or "/ip firewall nat add ..." on one line
            m = re.match(r"^(/[a-z0-9\- /]+?)\s+(add|set)\b(.*)$", s)
            if not m:
                section = s
                continue
            section, verb, rest = m.group(1).strip(), m.group(2), m.group(3)
        elif s.startswith(("add ", "set ")):
            verb, rest = s.split(" ", 1)
        else:
            continue

        kv = parse_kv(rest)
        body = " ".join(kv.values())

        if section in ("/system scheduler", "/system script"):
            code = kv.get("on-event", "") + kv.get("source", "")
            if re.search(r"/tool\s+fetch|/import\b|:execute|/system\s+script\s+run", code):
                add("R1", f"{section} '{kv.get('name','?')}' fetches/imports/executes code", line)
            iv = parse_interval(kv.get("interval"))
            if section == "/system scheduler" and iv and iv < 3600 and "startup" not in kv.get("start-time", ""):
                add("R2", f"scheduler '{kv.get('name','?')}' runs every {iv}s", line)
        elif section == "/ip socks" and kv.get("enabled") == "yes":
            add("R3", f"SOCKS proxy enabled on port {kv.get('port','1080')}", line)
        elif section == "/ip proxy" and kv.get("enabled") == "yes":
            add("R3", f"web proxy enabled on port {kv.get('port','8080')} (check /ip proxy access)", line)
        elif section == "/ip firewall nat" and kv.get("action") == "dst-nat":
            to = kv.get("to-addresses", "")
            if to and not in_nets(to, nets):
                add("R4", f"dst-nat to untrusted address {to}:{kv.get('to-ports','*')}", line)
        elif section == "/ip firewall filter" and kv.get("chain") == "input" and kv.get("action") == "accept":
            if kv.get("dst-port") and re.search(r"\b(8291|8728|8729|80|21|23)\b", kv["dst-port"]) and not kv.get("src-address") and not kv.get("src-address-list"):
                add("R5", f"input accept from anywhere to {kv['dst-port']}", line)
        elif section == "/user":
            if kv.get("group") == "full" and kv.get("name") not in KNOWN_ADMINS:
                add("R6", f"unexpected full-rights user '{kv.get('name')}'", line)
        elif section == "/ip dns static":
            name = kv.get("name", "") + kv.get("regexp", "")
            if any(w in name.lower() for w in WATCH_DNS):
                add("R7", f"static DNS override for {name} -> {kv.get('address', kv.get('forward-to','?'))}", line)
        elif section == "/ip service":
            if kv.get("disabled", "no") == "no" and kv.get("address", "") in ("", "0.0.0.0/0"):
                svc = kv.get("numbers") or kv.get("name") or kv.get("_pos", "")
                if svc in ("winbox", "api", "www", "telnet", "ftp", "api-ssl"):
                    add("R8", f"service {svc} reachable from anywhere", line)

    for m in re.finditer(r"^\s*\d+\s+name=\"?([^\s\"]+\.(?:rsc|npk|sh|txt))\"?", text, re.M):
        add("R9", f"file on flash: {m.group(1)}", m.group(0))

    print("# RouterOS audit findings\n")
    if not findings:
        print("No findings. Absence of findings is not proof of a clean device.")
        return 0
    for rid in sorted({f[0] for f in findings}):
        print(f"## {rid}\n")
        for _, msg, ln in (f for f in findings if f[0] == rid):
            safe = ln.replace("http://", "hxxp://").replace("https://", "hxxps://")
            print(f"- {msg}\n  `{safe}`")
        print()
    return 1


if __name__ == "__main__":
    sys.exit(main())
