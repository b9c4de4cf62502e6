#!/usr/bin/env python3
"""Summarise nmap XML output into a per-host port table."""
import sys
import xml.etree.ElementTree as ET


def main(paths):
    rows = []
    for p in paths:
        root = ET.parse(p).getroot()
        for host in root.findall("host"):
            addr = host.find("address").get("addr")
            for port in host.findall("./ports/port"):
                state = port.find("state").get("state")
                if state != "open":
                    continue
                svc = port.find("service")
                name = svc.get("name", "?") if svc is not None else "?"
                ver = " ".join(filter(None, [
                    svc.get("product") if svc is not None else None,
                    svc.get("version") if svc is not None else None,
                ]))
                notes = "; ".join(s.get("id") for s in port.findall("script"))
                rows.append((addr, f"{port.get('portid')}/{port.get('protocol')}", name, ver, notes))
    rows.sort()
    w = [max(len(str(r[i])) for r in rows + [("host", "port", "svc", "version", "nse")]) for i in range(5)]
    fmt = "  ".join(f"{{:{n}}}" for n in w)
    print(fmt.format("host", "port", "svc", "version", "nse"))
    for r in rows:
        print(fmt.format(*r))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: summarise.py scan1.xml [scan2.xml ...]")
    main(sys.argv[1:])
