#!/usr/bin/env python3
"""Summarise an attack pcap with tshark: top sources, ports, sizes, vector hints."""
import subprocess
import sys
from collections import Counter

REFLECT_PORTS = {123: "NTP", 53: "DNS", 19: "chargen", 1900: "SSDP", 11211: "memcached",
                 27015: "Source A2S", 389: "CLDAP", 3702: "WS-Discovery"}

if len(sys.argv) != 2:
    sys.exit("usage: pcap_summary.py file.pcap")
fields = ["ip.src", "udp.srcport", "tcp.srcport", "udp.dstport", "tcp.dstport", "frame.len", "tcp.flags.syn", "tcp.flags.ack"]
cmd = ["tshark", "-r", sys.argv[1], "-T", "fields", "-E", "separator=,"] + sum([["-e", f] for f in fields], [])
out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout

src24, sport, dport, sizes = Counter(), Counter(), Counter(), Counter()
syn_only = total = 0
for line in out.splitlines():
    ip, us, ts, ud, td, ln, syn, ack = (line.split(",") + [""] * 8)[:8]
    total += 1
    if ip:
        src24[".".join(ip.split(".")[:3]) + ".0/24"] += 1
    sp = us or ts
    if sp:
        sport[int(sp)] += 1
    dp = ud or td
    if dp:
        dport[int(dp)] += 1
    if ln:
        sizes[(int(ln) // 100) * 100] += 1
    if syn == "1" and ack == "0":
        syn_only += 1

print(f"packets: {total}")
print("top source /24:", src24.most_common(10))
print("top source ports:", sport.most_common(10))
print("top dest ports:", dport.most_common(5))
print("size buckets:", sorted(sizes.items())[:15])
print("\nvector hints:")
for p, n in sport.most_common(5):
    if p in REFLECT_PORTS and n > total * 0.2:
        print(f"  - {REFLECT_PORTS[p]} reflection (src port {p}, {n / total:.0%} of packets)")
if syn_only > total * 0.5:
    print(f"  - SYN flood ({syn_only / total:.0%} SYN-only)")
if len(src24) > 1000 and sport and sport.most_common(1)[0][1] < total * 0.05:
    print("  - random-source UDP flood (likely spoofed)")
