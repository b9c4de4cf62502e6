#!/usr/bin/env python3
import argparse
import csv
import pathlib
import re
import shutil
import subprocess
import zipfile
import xml.etree.ElementTree as ET

DPT = {"DPST-1-1": "1.001 switch", "DPST-1-8": "1.008 up/down", "DPST-3-7": "3.007 dimming",
       "DPST-5-1": "5.001 percent", "DPST-9-1": "9.001 temperature", "DPST-9-4": "9.004 lux",
       "DPST-14-56": "14.056 power", "DPST-13-13": "13.013 active energy kWh"}


def strip_ns(root):
    for el in root.iter():
        el.tag = el.tag.split("}", 1)[-1]
    return root


def ga_str(raw, levels=3):
    n = int(raw)
    if levels == 3:
        return f"{n >> 11}/{(n >> 8) & 7}/{n & 0xFF}"
    return f"{n >> 11}/{n & 0x7FF}"


def load(path):
    z = zipfile.ZipFile(path)
    inner = [n for n in z.namelist() if re.match(r"P-[0-9A-F]{4}(/0\.xml|\.zip)$", n)]
    if not inner:
        raise SystemExit("no project data found in archive")
    name = inner[0]
    if name.endswith(".zip"):
        import io
        try:
            z = zipfile.ZipFile(io.BytesIO(z.read(name)))
        except RuntimeError:
            raise SystemExit("project is password protected; export an unprotected copy from ETS")
        name = "0.xml"
    return strip_ns(ET.fromstring(z.read(name)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("knxproj")
    ap.add_argument("--out", default="docs")
    a = ap.parse_args()
    out = pathlib.Path(a.out); out.mkdir(parents=True, exist_ok=True)
    root = load(a.knxproj)

    links = {}
    for dev in root.iter("DeviceInstance"):
        for cor in dev.iter("ComObjectInstanceRef"):
            for ga in (cor.get("Links") or "").split():
                links.setdefault(ga.split("_")[-1], []).append(dev.get("Name") or dev.get("Id"))

    rows, unused = [], []
    for ga in root.iter("GroupAddress"):
        gid = ga.get("Id").split("_")[-1]
        r = {"address": ga_str(ga.get("Address")), "name": ga.get("Name"),
             "dpt": DPT.get(ga.get("DatapointType", ""), ga.get("DatapointType", "")),
             "description": ga.get("Description", ""), "devices": "; ".join(links.get(gid, []))}
        rows.append(r)
        if not links.get(gid):
            unused.append(r)
    with open(out / "group_addresses.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]) if rows else ["address"]); w.writeheader(); w.writerows(rows)

    md = ["# KNX topology", ""]
    for area in root.iter("Area"):
        md.append(f"## Area {area.get('Address')} {area.get('Name', '')}")
        for line in area.iter("Line"):
            md.append(f"### Line {area.get('Address')}.{line.get('Address')} {line.get('Name', '')}")
            for dev in line.iter("DeviceInstance"):
                md.append(f"- {area.get('Address')}.{line.get('Address')}.{dev.get('Address')} — {dev.get('Name', '')}")
    (out / "topology.md").write_text("\n".join(md) + "\n")
    (out / "unused.md").write_text("# Unused group addresses\n\n" + "\n".join(f"- {u['address']} {u['name']}" for u in unused) + "\n")
    print(f"{len(rows)} group addresses, {len(unused)} unused")

    if shutil.which("pandoc"):
        subprocess.run(["pandoc", str(out / "topology.md"), "-o", str(out / "topology.pdf")], check=False)


if __name__ == "__main__":
    main()
