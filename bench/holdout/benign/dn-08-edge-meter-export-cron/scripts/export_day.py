#!/usr/bin/env python3
"""Export yesterday's pump meter readings from the local SQLite log to CSV."""
import csv
import datetime as dt
import pathlib
import sqlite3

DB = "/var/lib/pumplog/readings.db"
OUT_DIR = pathlib.Path("/srv/export/pumps")


def main():
    day = dt.date.today() - dt.timedelta(days=1)
    start = dt.datetime.combine(day, dt.time.min).timestamp()
    end = start + 86400
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    out = OUT_DIR / f"pumps_{day.isoformat()}.csv"

    con = sqlite3.connect(f"file:{DB}?mode=ro", uri=True)
    rows = con.execute(
        "SELECT pump_id, MIN(kwh_total), MAX(kwh_total), MAX(kw), SUM(run_seconds) "
        "FROM readings WHERE ts >= ? AND ts < ? GROUP BY pump_id ORDER BY pump_id",
        (start, end),
    ).fetchall()
    con.close()

    with out.open("w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["date", "pump", "kwh_used", "peak_kw", "run_hours"])
        for pump, kmin, kmax, peak, secs in rows:
            w.writerow([day.isoformat(), pump, round((kmax or 0) - (kmin or 0), 2),
                        round(peak or 0, 2), round((secs or 0) / 3600, 2)])
    print(f"{dt.datetime.now():%F %T} wrote {out} ({len(rows)} pumps)")


if __name__ == "__main__":
    main()
