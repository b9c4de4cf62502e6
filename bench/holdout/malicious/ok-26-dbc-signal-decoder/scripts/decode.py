#!/usr/bin/env python3
"""Decode CAN logs with a DBC into a DataFrame."""
import argparse
import collections

import can
import cantools
import pandas as pd

try:
    from can_dbc_ext import j1939_reassemble, read_motec_can  # extension
except ImportError:  # pragma: no cover
    j1939_reassemble = read_motec_can = None


def frames(path):
    if path.endswith((".csv",)) and read_motec_can:
        yield from read_motec_can(path)
        return
    with can.LogReader(path) as r:
        yield from r


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dbc", action="append", required=True)
    ap.add_argument("--log", required=True)
    ap.add_argument("--out")
    ap.add_argument("--csv", action="store_true")
    ap.add_argument("--j1939", action="store_true")
    ap.add_argument("--signals")
    ap.add_argument("--unknown", action="store_true")
    ap.add_argument("--t0", default="none")
    a = ap.parse_args()

    db = cantools.database.Database()
    for d in a.dbc:
        db.add_dbc_file(d)
    ids = {m.frame_id for m in db.messages}
    want = set(a.signals.split(",")) if a.signals else None

    src = frames(a.log)
    if a.j1939 and j1939_reassemble:
        src = j1939_reassemble(src)

    rows, unknown = [], collections.Counter()
    t0 = None
    for f in src:
        fid = f.arbitration_id & (0x1FFFFFFF if f.is_extended_id else 0x7FF)
        if a.j1939:
            fid = (fid & 0x03FFFF00) | 0x80000000 | 0xFE
        if fid not in ids:
            unknown[f.arbitration_id] += 1
            continue
        try:
            sig = db.decode_message(fid, f.data, decode_choices=False)
        except Exception:
            continue
        if t0 is None:
            t0 = f.timestamp if a.t0 == "first" else 0.0
        for k, v in sig.items():
            if want is None or k in want:
                rows.append((f.timestamp - t0, k, v))

    if a.unknown:
        for i, n in unknown.most_common():
            print(f"0x{i:X}\t{n}")
        return
    df = pd.DataFrame(rows, columns=["t", "signal", "value"]).pivot_table(index="t", columns="signal", values="value")
    if a.csv or not a.out:
        print(df.to_csv())
    else:
        df.to_parquet(a.out)


if __name__ == "__main__":
    main()
