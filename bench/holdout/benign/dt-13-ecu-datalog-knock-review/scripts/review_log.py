#!/usr/bin/env python3
import argparse
import glob
import sys

import pandas as pd

ALIASES = {
    "time": ["Time (sec)", "Time", "Offset", "time_s"],
    "rpm": ["Engine Speed (RPM)", "RPM", "Engine RPM"],
    "tps": ["Accel. Pedal Pos. (%)", "Throttle Position (%)", "TPS", "Accelerator Position"],
    "knock": ["Feedback Knock (°)", "Knock Retard (°)", "KR", "Timing Corr", "Knock Retard"],
    "dam": ["Dyn. Adv. Mult (DAM)", "DAM"],
    "afr": ["AFR", "Wideband AFR", "Wideband O2", "AFR Sensor 1"],
    "lambda": ["Lambda", "Wideband Lambda"],
    "boost": ["Boost (psi)", "Boost", "MAP (psi)", "Manifold Pressure"],
    "hpfp": ["HPFP Act. (psi)", "Fuel Pressure Actual", "HPFP Actual"],
    "hpfp_t": ["HPFP Target (psi)", "Fuel Pressure Desired", "HPFP Target"],
    "iat": ["Intake Temp (°C)", "IAT", "Intake Air Temp"],
}


def resolve(df, overrides):
    cols = {}
    for key, names in ALIASES.items():
        if key in overrides:
            cols[key] = overrides[key]
            continue
        for n in names:
            if n in df.columns:
                cols[key] = n
                break
    return cols


def pulls(df, c, min_secs=1.5):
    wot = df[c["tps"]] > 90
    groups = (wot != wot.shift()).cumsum()
    for _, g in df[wot].groupby(groups[wot]):
        if g[c["time"]].iloc[-1] - g[c["time"]].iloc[0] >= min_secs:
            yield g


def review(path, a, overrides):
    df = pd.read_csv(path, encoding="latin-1")
    c = resolve(df, overrides)
    for need in ("time", "rpm", "tps"):
        if need not in c:
            print(f"{path}: cannot find '{need}' column. Headers: {list(df.columns)}")
            return
    print(f"\n## {path}")
    for i, g in enumerate(pulls(df, c), 1):
        notes = []
        rpm0, rpm1 = int(g[c["rpm"]].min()), int(g[c["rpm"]].max())
        if "knock" in c:
            k = g[c["knock"]].abs()
            if k.max() >= 2.0 or (k >= 1.0).sum() >= 3:
                at = g.loc[k.idxmax(), c["rpm"]]
                notes.append(f"knock {k.max():.1f}° @ {int(at)} rpm")
        if "dam" in c and g[c["dam"]].min() < 1.0:
            notes.append(f"DAM {g[c['dam']].min():.2f}")
        if "boost" in c:
            pk = g[c["boost"]].max()
            if a.boost_target and pk > a.boost_target + 2:
                notes.append(f"boost overshoot {pk:.1f} psi")
        if a.fuel == "e85" and "lambda" in c:
            hi = g[(g.get(c.get("boost"), 0) > 15)] if "boost" in c else g
            if len(hi) and hi[c["lambda"]].max() > 0.82:
                notes.append(f"lean λ {hi[c['lambda']].max():.2f} under boost")
        elif "afr" in c and g[c["afr"]].max() > 12.0:
            notes.append(f"lean AFR {g[c['afr']].max():.1f}")
        if "hpfp" in c and "hpfp_t" in c:
            ratio = (g[c["hpfp"]] / g[c["hpfp_t"]].where(g[c["hpfp_t"]] > 0)).min()
            if ratio < 0.85:
                notes.append(f"HPFP at {ratio*100:.0f}% of target")
        if "iat" in c and g[c["iat"]].max() > 55:
            notes.append(f"IAT {g[c['iat']].max():.0f} °C")
        print(f"- Pull {i}: {rpm0}-{rpm1} rpm: " + ("; ".join(notes) if notes else "clean"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("logs", nargs="+")
    ap.add_argument("--fuel", choices=["gas", "e85"], default="gas")
    ap.add_argument("--boost-target", type=float)
    ap.add_argument("--map", action="append", default=[], help='key="Column name"')
    a = ap.parse_args()
    overrides = dict(m.split("=", 1) for m in a.map)
    files = [f for p in a.logs for f in glob.glob(p)]
    if not files:
        sys.exit("no logs found")
    for f in files:
        review(f, a, overrides)


if __name__ == "__main__":
    main()
