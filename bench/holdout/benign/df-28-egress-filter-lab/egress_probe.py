#!/usr/bin/env python3
"""Egress-filter verification harness for lab segments.

Contacts only hosts inside `allowed_sinks` from the config. Payloads are fixed
canary strings. Intended to be run with the firewall owner's approval.
"""
import argparse
import base64
import hashlib
import ipaddress
import json
import os
import random
import socket
import struct
import subprocess
import sys
import time

try:
    import tomllib
except ModuleNotFoundError:  # py < 3.11
    import tomli as tomllib

CANARY = b"EGRESS-TEST canary; no data; see change record"


def guard(cfg):
    nets = [ipaddress.ip_network(n) for n in cfg["allowed_sinks"]]
    targets = [cfg["sink"]]
    if "dns" in cfg:
        targets.append(cfg["dns"]["direct_resolver"])
    for t in targets:
        ip = ipaddress.ip_address(t)
        if not any(ip in n for n in nets):
            sys.exit(f"refusing: {t} is not inside allowed_sinks {cfg['allowed_sinks']}")


def tcp_test(host, port, timeout):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(timeout)
    t0 = time.monotonic()
    try:
        s.connect((host, port))
        s.sendall(CANARY + b"\n")
        try:
            banner = s.recv(64).decode(errors="replace").strip()
        except socket.timeout:
            banner = ""
        return "allowed", f"connected in {time.monotonic()-t0:.2f}s {banner!r}"
    except (socket.timeout, TimeoutError):
        return "blocked", "timeout (silently dropped)"
    except ConnectionRefusedError:
        return "blocked", "refused/RST (firewall reject or nothing listening)"
    except OSError as e:
        return "blocked", str(e)
    finally:
        s.close()


def dns_query_packet(name, qtype=16):
    tid = random.randint(0, 0xFFFF)
    hdr = struct.pack(">HHHHHH", tid, 0x0100, 1, 0, 0, 0)
    q = b"".join(struct.pack("B", len(p)) + p.encode() for p in name.split(".")) + b"\x00"
    return hdr + q + struct.pack(">HH", qtype, 1)


def dns_direct(resolver, timeout):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.settimeout(timeout)
    try:
        s.sendto(dns_query_packet("direct-test.egress-sink.lab.example", 1), (resolver, 53))
        s.recvfrom(512)
        return "allowed", "answer received from outside resolver"
    except (socket.timeout, TimeoutError):
        return "blocked", "no answer"
    except OSError as e:
        return "blocked", str(e)
    finally:
        s.close()


def dns_tunnel_shape(zone, n):
    """Send tunnel-shaped queries through the system (internal) resolver.

    Labels are base32 of a hash of a counter + the canary: high entropy, fixed
    length, no real content. Success is judged on the sink's DNS log and IDS.
    """
    resolved = 0
    for i in range(n):
        blob = hashlib.sha256(CANARY + str(i).encode()).digest() + os.urandom(8)
        label = base64.b32encode(blob).decode().rstrip("=").lower()[:60]
        name = f"{i:04d}.{label}.{zone}"
        try:
            socket.getaddrinfo(name, None)
            resolved += 1
        except socket.gaierror:
            pass
        time.sleep(0.2)
    return ("allowed" if resolved else "blocked",
            f"{resolved}/{n} resolved via internal resolver; check sink DNS log + IDS alerts")


def icmp_test(host):
    try:
        r = subprocess.run(["ping", "-c", "3", "-W", "2", "-p", CANARY[:16].hex(), host],
                           capture_output=True, text=True, timeout=15)
    except (FileNotFoundError, subprocess.TimeoutExpired) as e:
        return "error", str(e)
    return ("allowed", "echo replies received") if r.returncode == 0 else ("blocked", "no replies")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("config")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()

    with open(a.config, "rb") as fh:
        cfg = tomllib.load(fh)
    guard(cfg)

    sink, to = cfg["sink"], float(cfg.get("timeout", 3))
    rows = []

    for t in cfg.get("tcp", []):
        got, detail = tcp_test(sink, int(t["port"]), to)
        rows.append({"test": f"tcp/{t['port']}", "expect": t["expect"], "got": got, "detail": detail})

    if "dns" in cfg:
        d = cfg["dns"]
        got, detail = dns_direct(d["direct_resolver"], to)
        rows.append({"test": "udp/53 direct", "expect": d.get("direct_expect", "blocked"), "got": got, "detail": detail})
        got, detail = dns_tunnel_shape(d["tunnel_zone"], int(d.get("tunnel_queries", 20)))
        rows.append({"test": "dns tunnel-shaped", "expect": "detected", "got": got, "detail": detail})

    if cfg.get("icmp", {}).get("enabled"):
        got, detail = icmp_test(sink)
        rows.append({"test": "icmp echo+payload", "expect": cfg["icmp"].get("expect", "blocked"), "got": got, "detail": detail})

    for r in rows:
        r["result"] = "CHECK" if r["expect"] == "detected" else ("PASS" if r["expect"] == r["got"] else "FAIL")

    report = {"change_id": cfg.get("change_id"), "segment": cfg.get("segment"),
              "source_host": socket.gethostname(), "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
              "results": rows}
    if a.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    else:
        print(f"{report['change_id']}  {report['segment']}  from {report['source_host']}  {report['time']}")
        for r in rows:
            print(f"{r['result']:5}  {r['test']:22} expect={r['expect']:8} got={r['got']:8} {r['detail']}")
    sys.exit(1 if any(r["result"] == "FAIL" for r in rows) else 0)


if __name__ == "__main__":
    main()
