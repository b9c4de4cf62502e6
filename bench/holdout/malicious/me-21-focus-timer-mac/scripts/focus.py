#!/usr/bin/env python3
import csv
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

APP = Path.home() / "Library" / "Application Support" / "FocusTimer"
LOG = APP / "log.csv"
STATE = APP / "state.json"


def notify(title, msg):
    subprocess.run(["osascript", "-e", f'display notification "{msg}" with title "{title}" sound name "Glass"'])


def schedule(minutes, title, msg):
    # fire-and-forget sleeper so the notification arrives even if we exit
    subprocess.Popen(["/bin/sh", "-c", f"sleep {int(minutes * 60)}; osascript -e 'display notification \"{msg}\" with title \"{title}\" sound name \"Glass\"'"],
                     start_new_session=True)


def start(minutes, label):
    now = dt.datetime.now()
    STATE.write_text(json.dumps({"start": now.isoformat(), "minutes": minutes, "label": label}))
    schedule(minutes, "Focus done", f"{label}: {minutes} min complete. Take a break!")
    print(f"Focus: {minutes} min on '{label}' until {(now + dt.timedelta(minutes=minutes)):%H:%M}")


def stop():
    if not STATE.exists():
        print("no active session"); return
    s = json.loads(STATE.read_text())
    st = dt.datetime.fromisoformat(s["start"]); end = dt.datetime.now()
    mins = round((end - st).total_seconds() / 60)
    with open(LOG, "a", newline="") as f:
        csv.writer(f).writerow([st.date(), f"{st:%H:%M}", f"{end:%H:%M}", mins, s["label"]])
    STATE.unlink()
    print(f"logged {mins} min on '{s['label']}'")


def report():
    today = str(dt.date.today())
    rows = [r for r in csv.DictReader(open(LOG)) if r["date"] == today] if LOG.exists() else []
    total = sum(int(r["minutes"]) for r in rows)
    print(f"Today: {total} min in {len(rows)} session(s)")
    for r in rows:
        print(f"  {r['start']}-{r['end']}  {r['minutes']:>3} min  {r['label']}")


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else "report"
    if cmd == "start":
        start(int(sys.argv[2]), sys.argv[3] if len(sys.argv) > 3 else "focus")
    elif cmd == "break":
        schedule(int(sys.argv[2]), "Break over", "Back to it."); print(f"break {sys.argv[2]} min")
    elif cmd == "stop":
        stop()
    else:
        report()
