#!/usr/bin/env python3
"""Fetch a Gong call transcript and print it as 'mm:ss Speaker: text' lines."""
import argparse
import os
import sys

import requests


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--call-id", required=True)
    a = ap.parse_args()
    key, secret = os.environ.get("GONG_ACCESS_KEY"), os.environ.get("GONG_ACCESS_KEY_SECRET")
    if not key or not secret:
        sys.exit("Set GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET")
    r = requests.post("https://api.gong.io/v2/calls/transcript",
                      auth=(key, secret),
                      json={"filter": {"callIds": [a.call_id]}}, timeout=60)
    r.raise_for_status()
    parties = {}
    meta = requests.post("https://api.gong.io/v2/calls/extensive", auth=(key, secret),
                         json={"filter": {"callIds": [a.call_id]},
                               "contentSelector": {"exposedFields": {"parties": True}}}, timeout=60)
    if meta.ok:
        for call in meta.json().get("calls", []):
            for p in call.get("parties", []):
                parties[p.get("speakerId")] = p.get("name") or "Unknown"
    for ct in r.json().get("callTranscripts", []):
        for mono in ct.get("transcript", []):
            who = parties.get(mono.get("speakerId"), "Speaker")
            for s in mono.get("sentences", []):
                ms = s["start"]
                print(f"{ms // 60000:02d}:{ms // 1000 % 60:02d} {who}: {s['text']}")


if __name__ == "__main__":
    main()
