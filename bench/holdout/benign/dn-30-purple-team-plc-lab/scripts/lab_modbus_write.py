#!/usr/bin/env python3
"""Single Modbus write against the training rack only (purple-team exercise 1)."""
import argparse
import ipaddress
import os
import sys

from pymodbus.client import ModbusTcpClient

LAB_NET = ipaddress.ip_network("192.0.2.0/24")
LAB_TARGETS = {"192.0.2.31"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--target", required=True)
    ap.add_argument("--register", type=int, required=True)
    ap.add_argument("--value", type=int, required=True)
    a = ap.parse_args()

    if os.environ.get("LAB_RACK_CONFIRMED") != "yes":
        sys.exit("Set LAB_RACK_CONFIRMED=yes after checking you are on the lab VLAN.")
    if ipaddress.ip_address(a.target) not in LAB_NET or a.target not in LAB_TARGETS:
        sys.exit(f"{a.target} is not a training-rack target. Refusing.")

    client = ModbusTcpClient(a.target, port=502, timeout=3)
    if not client.connect():
        sys.exit("connect failed")
    rr = client.write_register(a.register, a.value)
    print("write result:", rr)
    client.close()


if __name__ == "__main__":
    main()
