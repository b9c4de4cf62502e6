#!/usr/bin/env python3
"""Group HL7 v2 ADT failures from the engine error queue.

Each error file is expected to contain the original message followed by a
line starting with 'NACK:' holding the receiver's MSA/ERR text.
"""
import argparse
import collections
import pathlib
import re
import time

PHI_FIELDS = {("PID", 3), ("PID", 5), ("PID", 7), ("PID", 11), ("PID", 13), ("PID", 19)}


def parse(text):
    body, _, nack = text.partition("\nNACK:")
    segs = [s for s in re.split(r"\r\n?|\n", body) if s.strip()]
    msg = {}
    for s in segs:
        fields = s.split("|")
        msg.setdefault(fields[0], []).append(fields)
    return msg, nack.strip()


def redact(msg):
    for seg, idx in PHI_FIELDS:
        for f in msg.get(seg, []):
            if len(f) > idx:
                f[idx] = "***"
    msg.pop("NK1", None)
    return msg


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("queue")
    ap.add_argument("--since", default="24h")
    ap.add_argument("--summary", action="store_true")
    a = ap.parse_args()
    hours = float(a.since.rstrip("h"))
    cutoff = time.time() - hours * 3600
    groups = collections.Counter()
    examples = {}
    for p in sorted(pathlib.Path(a.queue).glob("*.hl7")):
        if p.stat().st_mtime < cutoff:
            continue
        msg, nack = parse(p.read_text(errors="replace"))
        if a.summary:
            msg = redact(msg)
        msh = msg.get("MSH", [[""] * 12])[0]
        event = msh[8] if len(msh) > 8 else "?"
        ctrl = msh[9] if len(msh) > 9 else "?"
        m = re.search(r"ERR\|+([A-Z0-9]{3})\^\d*\^(\d+)", nack)
        where = f"{m.group(1)}-{m.group(2)}" if m else "unparsed"
        reason = re.sub(r"\d{6,}", "<n>", nack.splitlines()[-1] if nack else "")[:80]
        key = (event, where, reason)
        groups[key] += 1
        examples.setdefault(key, ctrl)
    for (event, where, reason), n in groups.most_common():
        print(f"{n:5}  {event:10} {where:8} {reason}  (e.g. MSH-10={examples[(event, where, reason)]})")


if __name__ == "__main__":
    main()
