#!/usr/bin/env python3
import argparse
import pathlib

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

MOTEC = {"dist": "Lap Distance", "speed": "Ground Speed", "thr": "Throttle Pos",
         "brk": "Brake Pres Front", "time": "Time"}
AIM = {"dist": "Distance on GPS Speed", "speed": "GPS Speed", "thr": "TPS",
       "brk": "Brake Press", "time": "Time"}


def load(path, cols):
    # MoTeC CSV exports have ~14 header lines before the channel row
    with open(path, encoding="latin-1") as fh:
        lines = fh.readlines()
    hdr = next(i for i, l in enumerate(lines) if cols["dist"] in l or '"Time"' in l)
    df = pd.read_csv(path, skiprows=hdr, encoding="latin-1")
    df = df.drop(index=[0]) if not str(df.iloc[0, 0]).replace(".", "").isdigit() else df
    df = df.apply(pd.to_numeric, errors="coerce").dropna(subset=[cols["dist"]])
    df = df.rename(columns={v: k for k, v in cols.items()})
    df["time"] = df["time"] - df["time"].iloc[0]
    return df


def resample(df, grid):
    out = {"dist": grid}
    for c in ("speed", "thr", "brk", "time"):
        if c in df:
            out[c] = np.interp(grid, df["dist"], df[c])
    return pd.DataFrame(out)


def detect_corners(df, spacing=150):
    s = df["speed"].values
    idx = [i for i in range(1, len(s) - 1) if s[i] < s[i - 1] and s[i] <= s[i + 1]]
    picked = []
    for i in sorted(idx, key=lambda i: s[i]):
        if all(abs(df["dist"][i] - df["dist"][j]) > spacing for j in picked):
            picked.append(i)
    picked.sort()
    return [(f"T{n+1}", max(0, df["dist"][i] - 120), df["dist"][i] + 80) for n, i in enumerate(picked)]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("ref")
    ap.add_argument("test")
    ap.add_argument("--corners")
    ap.add_argument("--out", default="debrief")
    ap.add_argument("--aim", action="store_true")
    a = ap.parse_args()
    cols = AIM if a.aim else MOTEC

    ref, test = load(a.ref, cols), load(a.test, cols)
    end = min(ref["dist"].max(), test["dist"].max())
    grid = np.arange(0, end, 1.0)
    r, t = resample(ref, grid), resample(test, grid)
    delta = t["time"] - r["time"]

    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    fig, ax = plt.subplots(4, 1, sharex=True, figsize=(14, 10))
    for df, lbl in ((r, "ref"), (t, "test")):
        ax[0].plot(df["dist"], df["speed"], label=lbl)
        if "thr" in df: ax[1].plot(df["dist"], df["thr"], label=lbl)
        if "brk" in df: ax[2].plot(df["dist"], df["brk"], label=lbl)
    ax[3].plot(grid, delta, color="k")
    for a_, y in zip(ax, ("Speed km/h", "Throttle %", "Brake bar", "Δt s")):
        a_.set_ylabel(y); a_.grid(alpha=.3)
    ax[0].legend(); ax[3].set_xlabel("Lap distance m")
    fig.tight_layout(); fig.savefig(out / "overlay.png", dpi=120)

    if a.corners:
        cdf = pd.read_csv(a.corners)
        corners = list(cdf[["name", "start_m", "end_m"]].itertuples(index=False, name=None))
    else:
        corners = detect_corners(r)

    rows = []
    for name, s, e in corners:
        m = (grid >= s) & (grid <= e)
        if not m.any():
            continue
        d_in, d_out = delta[m].iloc[0], delta[m].iloc[-1]
        bp = lambda df: next((x for x, b in zip(df["dist"][m], df.get("brk", pd.Series(0, index=df.index))[m]) if b > 5), np.nan)
        rows.append({"corner": name, "ref_min_kmh": r["speed"][m].min(), "test_min_kmh": t["speed"][m].min(),
                     "brake_point_diff_m": bp(t) - bp(r), "time_delta_s": d_out - d_in})
    res = pd.DataFrame(rows)
    res.to_csv(out / "corners.csv", index=False)
    print(f"Total delta: {delta.iloc[-1]:+.3f} s")
    print(res.sort_values("time_delta_s", ascending=False).head(5).to_markdown(index=False, floatfmt=".2f"))


if __name__ == "__main__":
    main()
