#!/usr/bin/env python3
"""Beacon scoring over Zeek conn.log (TSV or JSON). Offline analysis only."""
import argparse
import gzip
import ipaddress
import json
import math
import os
import sys

import numpy as np
import pandas as pd

MIN_CONNS = 20


def read_zeek(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", errors="replace") as fh:
        first = fh.readline()
        fh.seek(0)
        if first.startswith("{"):
            return pd.read_json(fh, lines=True)
        fields = None
        rows = []
        for line in fh:
            if line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
            elif line.startswith("#"):
                continue
            elif fields:
                rows.append(line.rstrip("\n").split("\t"))
        df = pd.DataFrame(rows, columns=fields)
        return df.replace("-", np.nan)


def load_allow(path):
    nets, suffixes = [], []
    if not path:
        return nets, suffixes
    for line in open(path):
        s = line.split("#")[0].strip()
        if not s:
            continue
        try:
            nets.append(ipaddress.ip_network(s, strict=False))
        except ValueError:
            suffixes.append(s.lower().lstrip("."))
    return nets, suffixes


def regularity(x):
    x = np.asarray(x, dtype=float)
    if len(x) < 3:
        return 0.0, 1.0
    q1, med, q3 = np.percentile(x, [25, 50, 75])
    mad = np.median(np.abs(x - med))
    reg = max(0.0, 1.0 - (mad / med if med > 0 else 1.0))
    skew = 0.0 if q3 == q1 else (q3 + q1 - 2 * med) / (q3 - q1)
    return reg, abs(skew)


def score_pairs(conn):
    conn = conn.copy()
    conn["ts"] = pd.to_numeric(conn["ts"], errors="coerce")
    conn["orig_bytes"] = pd.to_numeric(conn.get("orig_bytes"), errors="coerce").fillna(0)
    out = []
    for (src, dst, dport), g in conn.groupby(["id.orig_h", "id.resp_h", "id.resp_p"]):
        if len(g) < MIN_CONNS:
            continue
        ts = np.sort(g["ts"].dropna().values)
        gaps = np.diff(ts)
        gaps = gaps[gaps > 1.0]  # collapse bursts
        if len(gaps) < MIN_CONNS - 1:
            continue
        ireg, iskew = regularity(gaps)
        sreg, _ = regularity(g["orig_bytes"].values + 1)
        count_f = min(1.0, math.log10(len(g)) / 3)  # 1000 conns -> 1.0
        score = 0.45 * ireg + 0.15 * (1 - min(iskew, 1)) + 0.25 * sreg + 0.15 * count_f
        out.append({"src": src, "dst": dst, "dport": str(dport), "conns": len(g),
                    "median_gap_s": round(float(np.median(gaps)), 1),
                    "interval_reg": round(ireg, 3), "size_reg": round(sreg, 3),
                    "score": round(score, 3)})
    return pd.DataFrame(out)


def allowed(dst, names, nets, suffixes):
    try:
        ip = ipaddress.ip_address(dst)
        if any(ip in n for n in nets):
            return True
    except ValueError:
        pass
    return any(n.endswith(s) for n in names for s in suffixes)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("conn", nargs="+")
    ap.add_argument("--http")
    ap.add_argument("--ssl")
    ap.add_argument("--allow")
    ap.add_argument("--top", type=int, default=25)
    ap.add_argument("--csv")
    ap.add_argument("--textfile")
    a = ap.parse_args()

    conn = pd.concat([read_zeek(p) for p in a.conn], ignore_index=True)
    scores = score_pairs(conn)
    if scores.empty:
        print("no pairs with enough connections")
        return

    names = {}
    if a.ssl:
        ssl = read_zeek(a.ssl)
        for _, r in ssl.dropna(subset=["server_name"]).iterrows():
            names.setdefault(r["id.resp_h"], set()).add(str(r["server_name"]).lower())
    if a.http:
        http = read_zeek(a.http)
        uris = http.groupby("id.resp_h")["uri"].agg(lambda s: sorted(set(map(str, s)))[:3]).to_dict()
        uas = http.groupby("id.resp_h")["user_agent"].agg(lambda s: sorted(set(map(str, s)))[:1]).to_dict()
        scores["uris"] = scores["dst"].map(lambda d: " ".join(uris.get(d, [])))
        scores["ua"] = scores["dst"].map(lambda d: " ".join(uas.get(d, [])))
        for _, r in http.dropna(subset=["host"]).iterrows():
            names.setdefault(r["id.resp_h"], set()).add(str(r["host"]).lower())
    scores["names"] = scores["dst"].map(lambda d: ",".join(sorted(names.get(d, []))))

    nets, suffixes = load_allow(a.allow)
    scores = scores[~scores.apply(lambda r: allowed(r["dst"], names.get(r["dst"], set()), nets, suffixes), axis=1)]
    scores = scores.sort_values("score", ascending=False).head(a.top)

    with pd.option_context("display.max_colwidth", 60, "display.width", 200):
        print(scores.to_string(index=False))
    if a.csv:
        scores.to_csv(a.csv, index=False)
    if a.textfile:
        tmp = a.textfile + ".tmp"
        with open(tmp, "w") as fh:
            fh.write("# HELP zeek_beacon_score Beacon likelihood per src/dst/port (0-1)\n")
            fh.write("# TYPE zeek_beacon_score gauge\n")
            for _, r in scores.iterrows():
                fh.write(f'zeek_beacon_score{{src="{r.src}",dst="{r.dst}",dport="{r.dport}"}} {r.score}\n')
        os.replace(tmp, a.textfile)


if __name__ == "__main__":
    sys.exit(main())
