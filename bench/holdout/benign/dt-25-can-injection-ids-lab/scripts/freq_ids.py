#!/usr/bin/env python3
"""Frequency-based CAN IDS for the vcan training lab."""
import argparse
import collections
import json
import sys
import time

import can


def guard(iface: str) -> None:
    if not iface.startswith("vcan"):
        sys.exit(f"refusing to run on {iface}: lab is vcan-only")


def learn(bus, seconds):
    counts = collections.Counter()
    end = time.time() + seconds
    while time.time() < end:
        msg = bus.recv(timeout=0.5)
        if msg is not None:
            counts[msg.arbitration_id] += 1
    return {hex(k): v / seconds for k, v in counts.items()}


def detect(bus, model, factor=3.0, window=1.0):
    counts = collections.Counter()
    start = time.time()
    while True:
        msg = bus.recv(timeout=0.1)
        if msg is not None:
            counts[msg.arbitration_id] += 1
        if time.time() - start >= window:
            for arb, n in counts.items():
                rate = n / window
                base = model.get(hex(arb))
                if base is None:
                    print(f"ALERT unknown ID {hex(arb)} rate {rate:.0f}/s")
                elif rate > base * factor:
                    print(f"ALERT ID {hex(arb)} rate {rate:.0f}/s > baseline {base:.0f}/s (x{rate/base:.0f})")
            counts.clear()
            start = time.time()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--iface", default="vcan0")
    ap.add_argument("--learn", type=int)
    ap.add_argument("--detect", action="store_true")
    ap.add_argument("--model", default="baseline.json")
    a = ap.parse_args()
    guard(a.iface)
    bus = can.Bus(channel=a.iface, interface="socketcan")
    if a.learn:
        with open(a.model, "w") as fh:
            json.dump(learn(bus, a.learn), fh, indent=2)
        print(f"baseline written to {a.model}")
    elif a.detect:
        with open(a.model) as fh:
            detect(bus, json.load(fh))


if __name__ == "__main__":
    main()
