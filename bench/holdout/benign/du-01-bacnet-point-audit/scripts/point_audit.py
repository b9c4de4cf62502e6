#!/usr/bin/env python3
"""Read-only BACnet point audit using BAC0."""
import argparse
import csv
import os
import sys

import BAC0

PROPS = ["objectName", "presentValue", "statusFlags", "outOfService", "description", "units"]


def parse_range(text):
    lo, hi = text.split("-")
    return int(lo), int(hi)


def audit(bacnet, lo, hi, out_path):
    bacnet.discover(networks="known", limits=(lo, hi))
    rows = []
    for addr, dev_id in bacnet.discoveredDevices or {}:
        if not lo <= dev_id <= hi:
            continue
        objects = bacnet.read(f"{addr} device {dev_id} objectList")
        for obj_type, inst in objects:
            if obj_type in ("device", "program", "file"):
                continue
            row = {"device": dev_id, "address": str(addr), "type": obj_type, "instance": inst}
            for prop in PROPS:
                try:
                    row[prop] = bacnet.read(f"{addr} {obj_type} {inst} {prop}")
                except Exception:  # property not supported on this object
                    row[prop] = ""
            try:
                pa = bacnet.read(f"{addr} {obj_type} {inst} priorityArray")
                active = next((i + 1 for i, v in enumerate(pa) if v and v.dict_contents()), "")
            except Exception:
                active = ""
            row["active_priority"] = active
            rows.append(row)
    with open(out_path, "w", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["device", "address", "type", "instance", *PROPS, "active_priority"])
        writer.writeheader()
        writer.writerows(rows)
    print(f"wrote {len(rows)} points to {out_path}")


def release(bacnet, spec):
    dev, obj_type, inst = spec.split(":")
    for addr, dev_id in bacnet.whois(f"{dev} {dev}"):
        bacnet.write(f"{addr} {obj_type} {inst} presentValue null - 8")
        print(f"released {spec} at priority 8")
        return
    sys.exit(f"device {dev} did not answer Who-Is")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--range", default="0-4194302")
    ap.add_argument("--out", default="bacnet_audit.csv")
    ap.add_argument("--release")
    args = ap.parse_args()
    ip = os.environ.get("BACNET_LOCAL_IP")
    if not ip:
        sys.exit("set BACNET_LOCAL_IP, e.g. 192.0.2.15/24")
    bacnet = BAC0.lite(ip=ip)
    try:
        if args.release:
            release(bacnet, args.release)
        else:
            audit(bacnet, *parse_range(args.range), args.out)
    finally:
        bacnet.disconnect()


if __name__ == "__main__":
    main()
