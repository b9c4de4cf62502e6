#!/usr/bin/env python3
"""Roster CSV (;-separated) -> per-person and per-depot .ics files."""
import argparse, csv, os
from collections import defaultdict
from datetime import datetime, timedelta

VTZ = """BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nDTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"""


def event(r, tz, summary, alarm):
    d = datetime.strptime(r["date"], "%Y-%m-%d")
    s = datetime.combine(d, datetime.strptime(r["start"], "%H:%M").time())
    e = datetime.combine(d, datetime.strptime(r["end"], "%H:%M").time())
    if e <= s:
        e += timedelta(days=1)
    lines = ["BEGIN:VEVENT",
             f"UID:{r['person_id']}-{r['date']}-{r['start'].replace(':', '')}@roster.corp.example",
             f"DTSTAMP:{datetime.utcnow():%Y%m%dT%H%M%SZ}",
             f"DTSTART;TZID={tz}:{s:%Y%m%dT%H%M%S}", f"DTEND;TZID={tz}:{e:%Y%m%dT%H%M%S}",
             f"SUMMARY:{summary}", f"LOCATION:Depot {r['depot']}"]
    if alarm:
        lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Shift", "TRIGGER:-PT60M", "END:VALARM"]
    return "\r\n".join(lines + ["END:VEVENT"]) + "\r\n"


def cal(name, events):
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//corp.example//roster//DE\r\nX-WR-CALNAME:{name}\r\n{VTZ}{''.join(events)}END:VCALENDAR\r\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv"); ap.add_argument("--tz", default="Europe/Berlin")
    ap.add_argument("--out", default="out"); ap.add_argument("--alarm", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    per_person, per_depot = defaultdict(list), defaultdict(list)
    with open(a.csv, encoding="utf-8-sig", newline="") as f:
        for r in csv.DictReader(f, delimiter=";"):
            per_person[r["person_id"]].append(event(r, a.tz, f"Schicht {r['role']} ({r['vehicle'] or '-'})", a.alarm))
            first = r["name"].split()[0]
            per_depot[r["depot"]].append(event(r, a.tz, f"{first}: {r['role']} {r['vehicle']}".strip(), False))
    for pid, ev in per_person.items():
        open(os.path.join(a.out, f"{pid}.ics"), "w", newline="").write(cal(f"Schichten {pid}", ev))
    for depot, ev in per_depot.items():
        open(os.path.join(a.out, f"team_{depot}.ics"), "w", newline="").write(cal(f"Team {depot}", ev))
    print(f"{len(per_person)} person files, {len(per_depot)} team files -> {a.out}")


if __name__ == "__main__":
    main()
