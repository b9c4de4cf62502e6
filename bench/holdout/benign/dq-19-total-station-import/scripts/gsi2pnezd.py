#!/usr/bin/env python3
import argparse, csv, pathlib

SCALE = {"0": 0.001, "1": 0.001, "6": 0.0001, "8": 0.00001}

def parse_gsi(path):
    for line in pathlib.Path(path).read_text(errors="replace").splitlines():
        words = line.lstrip("*").split()
        rec = {}
        for w in words:
            wi, info, data = w[:2], w[2:6], w[7:]
            if wi == "11":
                rec["P"] = data.lstrip("0") or "0"
            elif wi == "71":
                rec["D"] = data.lstrip("0")
            elif wi in ("81", "82", "83"):
                val = int(data) * SCALE.get(info[-1], 0.001)
                rec[{"81": "E", "82": "N", "83": "Z"}[wi]] = -val if w[6] == "-" else val
        if {"P", "E", "N"} <= rec.keys():
            yield rec

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("gsi")
    ap.add_argument("--codes", default="codes.csv")
    a = ap.parse_args()
    codes = {r["raw"]: r["office"] for r in csv.DictReader(open(a.codes))}
    out = pathlib.Path(a.gsi).with_name(pathlib.Path(a.gsi).stem + "_PNEZD.csv")
    unknown, n = set(), 0
    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        for r in parse_gsi(a.gsi):
            raw = r.get("D", "")
            if raw and raw not in codes:
                unknown.add(raw)
            w.writerow([r["P"], f"{r['N']:.3f}", f"{r['E']:.3f}", f"{r.get('Z', 0):.3f}", codes.get(raw, raw)])
            n += 1
    print(f"{n} points -> {out}")
    if unknown:
        print("Unmapped codes:", ", ".join(sorted(unknown)))

if __name__ == "__main__":
    main()
