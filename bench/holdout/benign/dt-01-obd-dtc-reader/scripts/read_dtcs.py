#!/usr/bin/env python3
"""Read (and optionally clear) OBD-II DTCs via an ELM327 adapter and save a CSV report."""
import argparse
import csv
import datetime as dt
import pathlib
import sys

import obd


def query(conn, cmd):
    resp = conn.query(cmd)
    return None if resp.is_null() else resp.value


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", default=None, help="/dev/elm327, /dev/ttyUSB0, COM4 ...")
    ap.add_argument("--baud", type=int, default=None)
    ap.add_argument("--protocol", default=None)
    ap.add_argument("--ro", required=True, help="repair order number")
    ap.add_argument("--out", default="reports")
    ap.add_argument("--clear", action="store_true")
    args = ap.parse_args()

    conn = obd.OBD(args.port, baudrate=args.baud, protocol=args.protocol, fast=False, timeout=30)
    if conn.status() != obd.OBDStatus.CAR_CONNECTED:
        print(f"Adapter status: {conn.status()}", file=sys.stderr)
        return 2

    if args.clear:
        conn.query(obd.commands.CLEAR_DTC)
        print("Clear command sent. Readiness monitors are now reset.")
        return 0

    vin = query(conn, obd.commands.VIN)
    vin = vin.decode(errors="ignore").strip() if isinstance(vin, (bytes, bytearray)) else (vin or "UNKNOWN")

    rows = []
    for kind, cmd in (("stored", obd.commands.GET_DTC),
                      ("pending", obd.commands.GET_CURRENT_DTC),
                      ("freeze", obd.commands.FREEZE_DTC)):
        val = query(conn, cmd)
        if not val:
            continue
        if isinstance(val, tuple):
            val = [val]
        for code, desc in val:
            rows.append({"type": kind, "code": code, "description": desc})

    ts = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"{args.ro}_{vin}_{ts}.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["type", "code", "description"])
        w.writeheader()
        w.writerows(rows)

    print(f"VIN {vin}  RO {args.ro}")
    for r in rows or [{"type": "-", "code": "none", "description": "no codes stored"}]:
        print(f"  {r['type']:8} {r['code']:6} {r['description']}")
    print(f"Saved {path}")
    conn.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
