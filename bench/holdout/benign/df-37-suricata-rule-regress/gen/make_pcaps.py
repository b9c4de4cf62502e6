#!/usr/bin/env python3
"""Build synthetic pcaps from case YAML. Writes files with scapy's wrpcap;
never sends packets (no send/sendp/sr anywhere in this file)."""
import os
import sys

import yaml
from scapy.all import DNS, DNSQR, DNSRR, IP, TCP, UDP, Ether, wrpcap  # type: ignore

MAC_C, MAC_S = "02:00:00:00:00:01", "02:00:00:00:00:02"


def hp(s):
    h, p = s.rsplit(":", 1)
    return h, int(p)


def enc(s):
    return s.encode("utf-8").decode("unicode_escape").encode("latin-1") if "\\x" in s else s.encode()


def tcp_flow(f, t0):
    (ch, cp), (sh, sp) = hp(f["src"]), hp(f["dst"])
    c2s = lambda **kw: Ether(src=MAC_C, dst=MAC_S) / IP(src=ch, dst=sh) / TCP(sport=cp, dport=sp, **kw)
    s2c = lambda **kw: Ether(src=MAC_S, dst=MAC_C) / IP(src=sh, dst=ch) / TCP(sport=sp, dport=cp, **kw)
    cseq, sseq = 1000, 5000
    pkts = [c2s(flags="S", seq=cseq), s2c(flags="SA", seq=sseq, ack=cseq + 1), c2s(flags="A", seq=cseq + 1, ack=sseq + 1)]
    cseq += 1
    sseq += 1
    # optional server-first banner (e.g. reverse shell where "client" is the victim)
    for direction, key in (("c", "client"), ("s", "server")):
        data = f.get(key)
        if not data:
            continue
        data = enc(data)
        for i in range(0, len(data), 1400):
            chunk = data[i:i + 1400]
            if direction == "c":
                pkts.append(c2s(flags="PA", seq=cseq, ack=sseq) / chunk)
                cseq += len(chunk)
                pkts.append(s2c(flags="A", seq=sseq, ack=cseq))
            else:
                pkts.append(s2c(flags="PA", seq=sseq, ack=cseq) / chunk)
                sseq += len(chunk)
                pkts.append(c2s(flags="A", seq=cseq, ack=sseq))
    pkts += [c2s(flags="FA", seq=cseq, ack=sseq), s2c(flags="FA", seq=sseq, ack=cseq + 1),
             c2s(flags="A", seq=cseq + 1, ack=sseq + 1)]
    for i, p in enumerate(pkts):
        p.time = t0 + i * 0.001
    return pkts


def dns_flow(f, t0):
    (ch, cp), (sh, sp) = hp(f["src"]), hp(f["dst"])
    pkts = []
    for i, q in enumerate(f["queries"]):
        qid = 0x1000 + i
        req = Ether(src=MAC_C, dst=MAC_S) / IP(src=ch, dst=sh) / UDP(sport=cp, dport=sp) / DNS(id=qid, rd=1, qd=DNSQR(qname=q, qtype=f.get("qtype", "TXT")))
        rsp = Ether(src=MAC_S, dst=MAC_C) / IP(src=sh, dst=ch) / UDP(sport=sp, dport=cp) / DNS(
            id=qid, qr=1, aa=1, rd=1, ra=1, qd=DNSQR(qname=q, qtype=f.get("qtype", "TXT")),
            an=DNSRR(rrname=q, type="TXT", rdata="ok", ttl=0))
        req.time = t0 + i * 0.5
        rsp.time = req.time + 0.01
        pkts += [req, rsp]
    return pkts


def main(cases_dir, out_dir):
    os.makedirs(out_dir, exist_ok=True)
    for fn in sorted(os.listdir(cases_dir)):
        if not fn.endswith((".yml", ".yaml")):
            continue
        with open(os.path.join(cases_dir, fn)) as fh:
            case = yaml.safe_load(fh)
        t0, pkts = 1715000000.0, []
        for f in case["flows"]:
            pkts += dns_flow(f, t0) if f["proto"] == "dns" else tcp_flow(f, t0)
            t0 += 10
        out = os.path.join(out_dir, case["name"] + ".pcap")
        wrpcap(out, pkts)
        print(f"{out}: {len(pkts)} packets")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: make_pcaps.py CASES_DIR OUT_DIR")
    main(sys.argv[1], sys.argv[2])
