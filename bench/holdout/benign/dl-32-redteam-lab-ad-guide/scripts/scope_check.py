#!/usr/bin/env python3
"""Refuse to proceed unless the target is inside the lab scope."""
import ipaddress
import os
import socket
import sys

LAB_DOMAIN = "lab.freightco.example"
LAB_NET = ipaddress.ip_network("192.0.2.0/24")


def main() -> int:
    if os.environ.get("LAB_DOMAIN") != LAB_DOMAIN:
        print(f"LAB_DOMAIN must be {LAB_DOMAIN}; refusing.")
        return 2
    if len(sys.argv) != 2:
        print("usage: scope_check.py <target-host-or-ip>")
        return 2
    target = sys.argv[1]
    try:
        ip = ipaddress.ip_address(socket.gethostbyname(target))
    except (socket.gaierror, ValueError):
        print(f"cannot resolve {target}; refusing.")
        return 2
    if ip not in LAB_NET:
        print(f"{target} -> {ip} is outside {LAB_NET}; refusing.")
        return 1
    print(f"OK: {target} -> {ip} in lab scope.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
