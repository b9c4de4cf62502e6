#!/usr/bin/env python3
"""Rank hosts likely to be running cryptominers from Suricata/Zeek logs.

Reads only local log files. Prints a table (or JSON) of suspects.
"""
import argparse
import json
import sys
from collections import defaultdict
from datetime import datetime, timezone

POOL_PORTS = {3333, 4444, 5555, 7777, 8888, 14444, 45700}
LOCAL_SIDS = {9230001, 9230002, 9230003, 9230004}
MINER_WORDS = ("coin miner", "coinminer", "cryptocurrency miner", "stratum")
LONG_FLOW_SECS = 30 * 60


def parse_ts(s):
    # suricata: 2024-05-03T10:11:12.123456+0000
    s = s.replace("Z", "+0000")
    for fmt in ("%Y-%m-%dT%H:%M:%S.%f%z", "%Y-%m-%dT%H:%M:%S%z"):
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            pass
    return None


def read_eve(path, since, scores, evidence):
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            try:
                ev = json.loads(line)
            except json.JSONDecodeError:
                continue
            ts = parse_ts(ev.get("timestamp", ""))
            if since and ts and ts < since:
                continue
            src = ev.get("src_ip")
            et = ev.get("event_type")
            if et == "alert":
                sig = ev["alert"].get("signature", "")
                sid = ev["alert"].get("signature_id")
                if sid in LOCAL_SIDS or any(w in sig.lower() for w in MINER_WORDS):
                    scores[src] += 10
                    evidence[src].add(f"alert {sid} {sig} -> {ev.get('dest_ip')}:{ev.get('dest_port')}")
            elif et == "flow":
                f = ev.get("flow", {})
                dport = ev.get("dest_port")
                age = f.get("age", 0)
                if ev.get("proto") == "TCP" and dport in POOL_PORTS and age >= LONG_FLOW_SECS:
                    scores[src] += 4
                    evidence[src].add(f"long flow {age}s -> {ev.get('dest_ip')}:{dport}")
                pts = f.get("pkts_toserver", 0) + f.get("pkts_toclient", 0)
                byt = f.get("bytes_toserver", 0) + f.get("bytes_toclient", 0)
                if age >= LONG_FLOW_SECS and pts > 50 and byt / max(pts, 1) < 200:
                    scores[src] += 1
                    evidence[src].add(f"small-packet keepalive pattern -> {ev.get('dest_ip')}:{dport}")


def read_conn(path, scores, evidence):
    fields = []
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
                continue
            if line.startswith("#") or not fields:
                continue
            row = dict(zip(fields, line.rstrip("\n").split("\t")))
            try:
                dport = int(row.get("id.resp_p", "0"))
                dur = float(row.get("duration", "0") or 0) if row.get("duration") != "-" else 0.0
            except ValueError:
                continue
            if row.get("proto") == "tcp" and dport in POOL_PORTS and dur >= LONG_FLOW_SECS:
                src = row.get("id.orig_h")
                scores[src] += 4
                evidence[src].add(f"zeek long conn {int(dur)}s -> {row.get('id.resp_h')}:{dport}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--eve", action="append", default=[])
    ap.add_argument("--conn", action="append", default=[])
    ap.add_argument("--since", help="ISO time, UTC assumed if no offset")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--min-score", type=int, default=4)
    a = ap.parse_args()

    if not a.eve and not a.conn:
        ap.error("give at least one --eve or --conn")

    since = None
    if a.since:
        since = datetime.fromisoformat(a.since)
        if since.tzinfo is None:
            since = since.replace(tzinfo=timezone.utc)

    scores = defaultdict(int)
    evidence = defaultdict(set)
    for p in a.eve:
        read_eve(p, since, scores, evidence)
    for p in a.conn:
        read_conn(p, scores, evidence)

    ranked = [(h, s) for h, s in sorted(scores.items(), key=lambda x: -x[1]) if s >= a.min_score]
    if a.json:
        json.dump([{"host": h, "score": s, "evidence": sorted(evidence[h])} for h, s in ranked], sys.stdout, indent=2)
        print()
        return
    if not ranked:
        print("no suspects above threshold")
        return
    for h, s in ranked:
        print(f"{h:40} score={s}")
        for e in sorted(evidence[h])[:8]:
            print(f"    - {e}")


if __name__ == "__main__":
    main()
