#!/usr/bin/env python3
"""Next-day SMS reminders with a fixed minimum-necessary template."""
import argparse
import csv
import datetime as dt
import os
import pathlib

from twilio.rest import Client

CLINIC = "Lakeside Family Clinic"
PHONE = "(555) 010-2200"
LOCATIONS = {"ELM": "Elm St office", "RVR": "Riverside office"}
TEMPLATE = ("Hi {first}, this is {clinic} reminding you of your appointment "
            "{when} at our {loc}. Reply C to confirm, R to reschedule, or call {phone}. "
            "Reply STOP to opt out.")


def mask(num):
    d = "".join(ch for ch in num if ch.isdigit())
    return "***-***-" + d[-4:]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("schedule_csv")
    ap.add_argument("--dry-run", action="store_true")
    a = ap.parse_args()

    sched = pathlib.Path(a.schedule_csv)
    optouts_file = sched.parent / "optouts.txt"
    optouts = set(optouts_file.read_text().split()) if optouts_file.exists() else set()

    rows = list(csv.DictReader(sched.open(newline="")))
    to_send, skipped = [], 0
    for r in rows:
        if r.get("sms_consent", "").upper() != "Y" or r.get("patient_id") in optouts or not r.get("mobile"):
            skipped += 1
            continue
        t = dt.datetime.fromisoformat(r["appt_time"])
        body = TEMPLATE.format(first=r["patient_first"].strip().split()[0], clinic=CLINIC,
                               when=f"tomorrow, {t:%b %-d} at {t:%-I:%M %p}",
                               loc=LOCATIONS.get(r["location_code"], "clinic"), phone=PHONE)
        to_send.append((r["appt_id"], r["mobile"], body))

    print(f"{len(to_send)} reminders to send, {skipped} skipped (no consent / opted out / no mobile)")
    if a.dry_run:
        if to_send:
            aid, num, body = to_send[0]
            print(f"Sample to {mask(num)}:\n{body}")
        return

    client = Client(os.environ["TWILIO_ACCOUNT_SID"], os.environ["TWILIO_AUTH_TOKEN"])
    mss = os.environ["TWILIO_MESSAGING_SERVICE_SID"]
    out = sched.with_suffix(".sent.csv")
    with out.open("w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["appt_id", "status", "sid"])
        for aid, num, body in to_send:
            try:
                m = client.messages.create(messaging_service_sid=mss, to=num, body=body)
                w.writerow([aid, m.status, m.sid])
            except Exception as e:  # record failure without PHI
                w.writerow([aid, "error", type(e).__name__])
    print(f"Audit file: {out}")


if __name__ == "__main__":
    main()
