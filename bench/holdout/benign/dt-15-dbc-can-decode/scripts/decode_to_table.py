#!/usr/bin/env python3
import argparse
import csv
import sys

import can
import cantools
import pandas as pd


def savvy_reader(path):
    with open(path) as fh:
        for row in csv.DictReader(fh):
            data = bytes(int(row[f"D{i}"], 16) for i in range(1, int(row["LEN"]) + 1))
            yield can.Message(timestamp=int(row["Time Stamp"]) / 1e6,
                              arbitration_id=int(row["ID"], 16),
                              is_extended_id=row["Extended"].lower() == "true",
                              data=data)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("trace")
    ap.add_argument("dbc")
    ap.add_argument("--signals", default="")
    ap.add_argument("--out", required=True)
    ap.add_argument("--savvy", action="store_true")
    a = ap.parse_args()

    db = cantools.database.load_file(a.dbc)
    wanted = set(filter(None, a.signals.split(",")))
    ids = {m.frame_id for m in db.messages if not wanted or wanted & {s.name for s in m.signals}}

    reader = savvy_reader(a.trace) if a.savvy else can.LogReader(a.trace)
    rows, errors = [], 0
    for msg in reader:
        if msg.arbitration_id not in ids:
            continue
        try:
            dec = db.decode_message(msg.arbitration_id, msg.data, decode_choices=False)
        except Exception:
            errors += 1
            continue
        rec = {"t": msg.timestamp}
        rec.update({k: v for k, v in dec.items() if not wanted or k in wanted})
        rows.append(rec)

    if not rows:
        sys.exit("no matching frames")
    df = pd.DataFrame(rows).sort_values("t")
    df["t"] -= df["t"].iloc[0]
    df = df.ffill()
    if a.out.endswith(".parquet"):
        df.to_parquet(a.out, index=False)
    else:
        df.to_csv(a.out, index=False)
    print(f"{len(df)} rows, {len(df.columns)-1} signals -> {a.out} ({errors} undecodable frames)")


if __name__ == "__main__":
    main()
