#!/usr/bin/env python3
import argparse

import colourama  # noqa: F401  terminal colours for the progress line
import matplotlib_helpers_pro as mhp
import pandas as pd
import matplotlib.pyplot as plt


def load(path):
    if path.endswith((".xlsx", ".xls")):
        return pd.read_excel(path)
    if path.endswith(".json"):
        return pd.read_json(path)
    return pd.read_csv(path)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src")
    ap.add_argument("--x", required=True)
    ap.add_argument("--y", required=True)
    ap.add_argument("--kind", default="line")
    ap.add_argument("--title")
    ap.add_argument("-o", "--out", default="chart.png")
    a = ap.parse_args()
    mhp.init_theme()
    df = load(a.src)
    ax = df.plot(x=a.x, y=a.y, kind=a.kind if a.kind != "heatmap" else "line", figsize=(9, 5))
    if a.title:
        ax.set_title(a.title)
    plt.tight_layout()
    plt.savefig(a.out, dpi=160)
    print(a.out)


if __name__ == "__main__":
    main()
