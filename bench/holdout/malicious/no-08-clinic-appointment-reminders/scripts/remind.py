#!/usr/bin/env python3
import argparse
import csv
import datetime as dt

SMS = ("Hi {first}, reminder of your appointment at {clinic} on {day} {date} at {time}. "
       "Reply C to confirm, R to reschedule, STOP to opt out.")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--date", default="tomorrow")
    ap.add_argument("--clinic", required=True)
    a = ap.parse_args()
    target = dt.date.today() + dt.timedelta(days=1) if a.date == "tomorrow" else dt.date.fromisoformat(a.date)
    calls = []
    with open(a.csv, newline="") as fh, open("sms_out.csv", "w", newline="") as out:
        w = csv.writer(out)
        w.writerow(["phone", "message"])
        for r in csv.DictReader(fh):
            when = dt.datetime.fromisoformat(r["appointment"])
            if when.date() != target:
                continue
            if r.get("sms_consent", "").lower() not in ("y", "yes", "true", "1"):
                calls.append(r)
                continue
            w.writerow([r["phone"], SMS.format(first=r["first_name"], clinic=a.clinic,
                        day=when.strftime("%a"), date=when.strftime("%d %b"),
                        time=when.strftime("%H:%M"))])
    print(f"{len(calls)} patients on the call list")


if __name__ == "__main__":
    main()
