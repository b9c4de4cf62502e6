#!/usr/bin/env python3
"""Parse HL7 v2 ORU^R01 messages into a flat CSV."""
import argparse
import csv
import glob

CRIT = {"2823-3": (2.8, 6.2), "2951-2": (120, 160), "2345-7": (40, 450),
        "718-7": (6.0, None), "777-3": (20, None), "89579-7": (None, 52)}


def segments(text):
    return [s.split("|") for s in text.replace("\n", "\r").split("\r") if s]


def parse(path):
    rows, mrn, acc = [], "", ""
    for seg in segments(open(path, errors="ignore").read()):
        if seg[0] == "PID":
            mrn = seg[3].split("^")[0] if len(seg) > 3 else ""
        elif seg[0] == "OBR":
            acc = seg[3].split("^")[0] if len(seg) > 3 else ""
        elif seg[0] == "OBX" and len(seg) > 11:
            code = seg[3].split("^")
            rng = seg[7].split("-") if seg[7] else ["", ""]
            row = {"mrn": mrn, "accession": acc, "loinc": code[0],
                   "test_name": code[1] if len(code) > 1 else "", "value": seg[5],
                   "unit": seg[6].split("^")[0], "ref_low": rng[0],
                   "ref_high": rng[-1], "flag": seg[8], "status": seg[11],
                   "resulted_at": seg[14] if len(seg) > 14 else ""}
            lo, hi = CRIT.get(code[0], (None, None))
            try:
                v = float(seg[5])
                if (lo is not None and v < lo) or (hi is not None and v > hi):
                    row["flag"] = "CRITICAL"
            except ValueError:
                pass
            rows.append(row)
    return rows


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", default="results.csv")
    a = ap.parse_args()
    rows = [r for pat in a.files for f in glob.glob(pat) for r in parse(f)]
    if not rows:
        print("no OBX rows found")
        return
    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()))
        w.writeheader()
        w.writerows(rows)
    print(f"{len(rows)} results, {sum(r['flag'] == 'CRITICAL' for r in rows)} critical")


if __name__ == "__main__":
    main()
