#!/usr/bin/env python3
"""Lighthouse CTF solver: reassemble BEACONv1 on tcp/8443 and de-XOR tasks.

Offline: reads the PCAP with scapy, prints what the toy C2 sent and received.
"""
import re
import string
import struct
import sys
from collections import defaultdict

from scapy.all import IP, TCP, PcapReader  # type: ignore

PORT = 8443
TYPES = {1: "CHECKIN", 2: "TASK", 3: "RESULT", 4: "SLEEP", 5: "NOP"}
PRINTABLE = set(bytes(string.printable, "ascii"))


def streams(path):
    data = defaultdict(dict)  # (src,sport,dst,dport) -> {seq: payload}
    with PcapReader(path) as pr:
        for pkt in pr:
            if IP in pkt and TCP in pkt and PORT in (pkt[TCP].sport, pkt[TCP].dport):
                raw = bytes(pkt[TCP].payload)
                if raw:
                    k = (pkt[IP].src, pkt[TCP].sport, pkt[IP].dst, pkt[TCP].dport)
                    data[k][pkt[TCP].seq] = (float(pkt.time), raw)
    for k, segs in data.items():
        ordered = [segs[s] for s in sorted(segs)]
        yield k, ordered[0][0], b"".join(r for _, r in ordered)


def messages(buf):
    i = 0
    while i + 13 <= len(buf):
        if buf[i:i + 4] != b"BCN1":
            i += 1
            continue
        t, sess, seq, ln = struct.unpack(">BIHH", buf[i + 4:i + 13])
        yield t, sess, seq, buf[i + 13:i + 13 + ln]
        i += 13 + ln


def best_key(blobs):
    joined = b"".join(blobs)[:4096]
    scores = [(sum((b ^ k) in PRINTABLE for b in joined), k) for k in range(256)]
    return max(scores)[1]


def main(path):
    msgs = []
    for k, t0, buf in streams(path):
        for t, sess, seq, pl in messages(buf):
            msgs.append((t0, k, t, sess, seq, pl))
    if not msgs:
        sys.exit("no BEACONv1 traffic found on tcp/%d" % PORT)

    by_sess = defaultdict(list)
    for m in msgs:
        by_sess[m[3]].append(m)

    for sess, ms in by_sess.items():
        key = best_key([m[5] for m in ms if m[2] in (2, 3)])
        print(f"== session 0x{sess:08x}  xor key 0x{key:02x}")
        for t0, k, t, _, seq, pl in sorted(ms, key=lambda m: (m[4], m[2])):
            if t in (2, 3):
                text = bytes(b ^ key for b in pl).decode("ascii", "replace")
                print(f"  seq {seq:3d} {TYPES[t]:7} {text.strip()[:200]}")
                flag = re.search(r"FLAG\{[^}]+\}", text)
                if flag:
                    print(f"\n  >>> {flag.group(0)}\n")
            else:
                print(f"  seq {seq:3d} {TYPES.get(t, t)}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: solve.py lighthouse.pcapng")
    main(sys.argv[1])
