#!/usr/bin/env python3
"""Parse nmap bacnet-info XML output into a CSV inventory. Read-only; no packets sent
unless --enrich is given, in which case BAC0 ReadProperty is used (never Write)."""
import argparse
import csv
import sys
import xml.etree.ElementTree as ET

FIELDS = ["ip", "instance", "vendor", "model", "firmware", "app_software", "object_name", "location"]
KEYMAP = {
    "Vendor Name": "vendor",
    "Model Name": "model",
    "Firmware": "firmware",
    "Application Software": "app_software",
    "Object-identifier": "instance",
    "Object Name": "object_name",
    "Location": "location",
}


def parse(path):
    tree = ET.parse(path)
    for host in tree.getroot().iter("host"):
        addr = host.find("address").get("addr")
        for script in host.iter("script"):
            if script.get("id") != "bacnet-info":
                continue
            row = {k: "" for k in FIELDS}
            row["ip"] = addr
            for line in script.get("output", "").splitlines():
                if ":" not in line:
                    continue
                k, v = line.strip().split(":", 1)
                if k.strip() in KEYMAP:
                    row[KEYMAP[k.strip()]] = v.strip()
            yield row


def enrich(rows):
    try:
        import BAC0  # noqa: N813
    except ImportError:
        print("BAC0 not installed; skipping enrichment", file=sys.stderr)
        return rows
    bacnet = BAC0.lite()
    for r in rows:
        if not r["instance"]:
            continue
        try:
            r["object_name"] = r["object_name"] or bacnet.read(
                f"{r['ip']} device {r['instance']} objectName")
        except Exception as exc:  # device may not answer; keep going
            print(f"{r['ip']}: {exc}", file=sys.stderr)
    bacnet.disconnect()
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("xml")
    ap.add_argument("--out", default="inventory.csv")
    ap.add_argument("--enrich", action="store_true")
    a = ap.parse_args()
    rows = list(parse(a.xml))
    if a.enrich:
        rows = enrich(rows)
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} BACnet devices written to {a.out}")


if __name__ == "__main__":
    main()
