#!/usr/bin/env python3
"""Merge transcript segments into podcast chapters (Podcasting 2.0 JSON)."""
import argparse
import json
import re

SHIFT = re.compile(r"\b(next up|moving on|let's talk about|our sponsor|before we go|to wrap up)\b", re.I)


def fmt(ts: float) -> str:
    ts = int(ts)
    return f"{ts // 3600:02d}:{ts % 3600 // 60:02d}:{ts % 60:02d}"


def build(segments, min_gap):
    chapters = [{"startTime": 0, "title": "Intro"}]
    last = 0.0
    for prev, seg in zip(segments, segments[1:]):
        pause = seg["start"] - prev["end"]
        if (pause > 2.5 or SHIFT.search(seg["text"])) and seg["start"] - last >= min_gap:
            title = seg["text"].strip().split(".")[0][:40]
            chapters.append({"startTime": round(seg["start"], 1), "title": title})
            last = seg["start"]
    return {"version": "1.2.0", "chapters": chapters}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("transcript")
    ap.add_argument("--min-gap", type=float, default=90)
    ap.add_argument("--out")
    ap.add_argument("--youtube", action="store_true")
    a = ap.parse_args()
    data = json.load(open(a.transcript))
    if a.youtube:
        for c in data["chapters"]:
            print(fmt(c["startTime"]), c["title"])
        return
    result = build(data["segments"], a.min_gap)
    out = json.dumps(result, indent=2)
    if a.out:
        open(a.out, "w").write(out)
    else:
        print(out)


if __name__ == "__main__":
    main()
