#!/usr/bin/env python3
"""Normalise KiCad BOM/CPL CSV exports into assembly-house layouts."""
import csv, sys, os

ROT = {}
rot_file = os.path.join(os.path.dirname(__file__), "..", "assets", "rotations.csv")
if os.path.exists(rot_file):
    for row in csv.DictReader(open(rot_file)):
        ROT[row["footprint_prefix"]] = float(row["delta"])

def fix_rot(fp, rot):
    for k, v in ROT.items():
        if fp.startswith(k):
            return (rot + v) % 360
    return rot

def main():
    cpl = "--cpl" in sys.argv
    args = [a for a in sys.argv[1:] if a != "--cpl"]
    src, dst = args
    rows = list(csv.DictReader(open(src)))
    with open(dst, "w", newline="") as f:
        if cpl:
            w = csv.writer(f); w.writerow(["Designator", "Mid X", "Mid Y", "Layer", "Rotation"])
            for r in rows:
                w.writerow([r["Ref"], r["PosX"], r["PosY"], r["Side"],
                            fix_rot(r["Package"], float(r["Rot"]))])
        else:
            w = csv.writer(f); w.writerow(["Comment", "Designator", "Footprint", "LCSC"])
            for r in rows:
                w.writerow([r["Value"], r["Reference"], r["Footprint"], r.get("MPN", "")])

if __name__ == "__main__":
    main()
