#!/usr/bin/env python3
import argparse
import csv
import time

import requests

URL = "https://vpic.nhtsa.dot.gov/api/vehicles/DecodeVINValuesBatch/"
FIELDS = ["ModelYear", "Make", "Model", "Trim", "BodyClass", "DisplacementL", "EngineCylinders",
          "FuelTypePrimary", "DriveType", "GVWR", "PlantCountry", "ErrorCode"]
TRANSLIT = {**{str(d): d for d in range(10)},
            **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
            **dict(zip("STUVWXYZ", range(2, 10)))}
WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def check_digit_ok(vin: str) -> bool:
    vin = vin.upper()
    if len(vin) != 17 or any(c in "IOQ" for c in vin):
        return False
    try:
        total = sum(TRANSLIT[c] * w for c, w in zip(vin, WEIGHTS))
    except KeyError:
        return False
    rem = total % 11
    return vin[8] == ("X" if rem == 10 else str(rem))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("infile")
    ap.add_argument("--vin-column", default="VIN")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    with open(a.infile, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    vins = [r[a.vin_column].strip().upper() for r in rows]
    decoded = {}
    for i in range(0, len(vins), 50):
        batch = [v for v in vins[i:i + 50] if v]
        r = requests.post(URL, data={"format": "json", "data": ";".join(batch)}, timeout=60)
        r.raise_for_status()
        for res in r.json()["Results"]:
            decoded[res["VIN"]] = res
        time.sleep(1)

    with open(a.out, "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0].keys()) + FIELDS + ["CheckDigit"])
        w.writeheader()
        for row, vin in zip(rows, vins):
            d = decoded.get(vin, {})
            row.update({f: d.get(f, "") for f in FIELDS})
            row["CheckDigit"] = "OK" if check_digit_ok(vin) else "CHECKDIGIT"
            w.writerow(row)
    print(f"decoded {len(decoded)} / {len(vins)} VINs -> {a.out}")


if __name__ == "__main__":
    main()
