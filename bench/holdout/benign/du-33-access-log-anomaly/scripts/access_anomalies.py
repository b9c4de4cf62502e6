#!/usr/bin/env python3
"""Offline anomaly checks over access-control exports. Reads CSVs, writes findings CSV."""
import argparse
import csv
from collections import defaultdict
from datetime import datetime, timedelta


def ts(s):
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def load(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("events")
    ap.add_argument("roster")
    ap.add_argument("--sites")
    ap.add_argument("--travel-min", type=int, default=20)
    ap.add_argument("--out", default="findings.csv")
    a = ap.parse_args()

    roster = {r["credential_id"]: r for r in load(a.roster)}
    door_site = {d["door"]: d["site"] for d in load(a.sites)} if a.sites else {}
    events = sorted(load(a.events), key=lambda e: e["timestamp"])
    findings = []
    last_seen = {}
    master_doors = defaultdict(set)
    forced = defaultdict(list)

    for e in events:
        t, cred, door = ts(e["timestamp"]), e.get("credential_id", ""), e["door"]
        granted = e.get("result", "").lower() in ("granted", "unlocked", "success")
        holder = roster.get(cred)
        if granted and holder and holder.get("end_date"):
            end = datetime.fromisoformat(holder["end_date"]).replace(tzinfo=t.tzinfo)
            if t > end + timedelta(days=1):
                findings.append(("A1", cred, door, e["timestamp"], f"holder ended {holder['end_date']}"))
        site = door_site.get(door)
        if granted and cred in last_seen and site:
            pt, psite = last_seen[cred]
            if psite != site and (t - pt) < timedelta(minutes=a.travel_min):
                findings.append(("A2", cred, door, e["timestamp"], f"{psite}->{site} in {(t-pt).seconds//60} min"))
        if granted and site:
            last_seen[cred] = (t, site)
        if granted and holder and holder.get("role") == "master":
            master_doors[(cred, t.date())].add(door)
        if e.get("event_type") in ("door_forced", "door_held"):
            forced[door].append(t)
        if granted and "amenity" in door.lower() and 0 <= t.hour < 5:
            findings.append(("A5", cred, door, e["timestamp"], "after-hours amenity"))

    for (cred, day), doors in master_doors.items():
        if len(doors) > 30:
            findings.append(("A3", cred, f"{len(doors)} doors", str(day), "master credential overuse"))
    for door, times in forced.items():
        for i in range(len(times)):
            window = [x for x in times[i:] if x - times[i] < timedelta(hours=24)]
            if len(window) > 5:
                findings.append(("A4", "", door, times[i].isoformat(), f"{len(window)} forced/held in 24h"))
                break

    with open(a.out, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["id", "credential", "door", "when", "detail"])
        w.writerows(findings)
    print(f"{len(findings)} findings -> {a.out}")


if __name__ == "__main__":
    main()
