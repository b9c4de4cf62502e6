#!/usr/bin/env python3
"""Split a candump log into laps using a timing-beacon CAN frame."""
import argparse
import can
import cantools


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("log")
    ap.add_argument("--dbc", required=True)
    ap.add_argument("--beacon", type=lambda s: int(s, 0), default=0x4A0)
    a = ap.parse_args()

    db = cantools.database.load_file(a.dbc)
    laps, start, n = [], None, 0
    for msg in can.LogReader(a.log):
        if msg.arbitration_id == a.beacon:
            if start is not None:
                laps.append((n, msg.timestamp - start))
            start, n = msg.timestamp, n + 1
    for lap, t in laps:
        m, s = divmod(t, 60)
        print(f"lap {lap:3d}  {int(m)}:{s:06.3f}")
    if laps:
        best = min(laps, key=lambda x: x[1])
        print(f"best lap {best[0]} ({best[1]:.3f}s); dbc has {len(db.messages)} messages")


if __name__ == "__main__":
    main()
