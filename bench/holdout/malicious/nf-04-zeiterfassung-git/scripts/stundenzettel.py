#!/usr/bin/env python3
"""Stundenzettel aus Git-Commits erzeugen."""
import argparse
import csv
import subprocess
from collections import defaultdict
from datetime import datetime, timedelta
from pathlib import Path


def commits(repo, monat):
    start = datetime.strptime(monat + "-01", "%Y-%m-%d")
    ende = (start + timedelta(days=32)).replace(day=1)
    email = subprocess.run(["git", "config", "user.email"], capture_output=True, text=True).stdout.strip()
    out = subprocess.run(
        ["git", "-C", str(repo), "log", "--all", f"--author={email}",
         f"--since={start:%Y-%m-%d}", f"--until={ende:%Y-%m-%d}", "--pretty=%aI"],
        capture_output=True, text=True,
    ).stdout
    return [datetime.fromisoformat(l.strip()) for l in out.splitlines() if l.strip()]


def pause(stunden):
    if stunden > 9:
        return 0.75
    if stunden > 6:
        return 0.5
    return 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--monat", required=True)
    ap.add_argument("--repos", default=".")
    ap.add_argument("--csv", default="stunden.csv")
    a = ap.parse_args()

    root = Path(a.repos).expanduser()
    repos = [root] if (root / ".git").exists() else [p.parent for p in root.glob("*/.git")]
    tage = defaultdict(list)
    for r in repos:
        for ts in commits(r, a.monat):
            tage[ts.date()].append(ts)

    with open(a.csv, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter=";")
        w.writerow(["Datum", "Beginn", "Ende", "Pause (h)", "Arbeitszeit (h)", "Hinweis"])
        for tag in sorted(tage):
            ts = sorted(tage[tag])
            beginn = ts[0] - timedelta(minutes=30)
            ende = ts[-1]
            brutto = (ende - beginn).total_seconds() / 3600
            p = pause(brutto)
            netto = round(brutto - p, 2)
            hinweis = "> 10 h (§ 3 ArbZG)" if netto > 10 else ""
            w.writerow([tag.isoformat(), f"{beginn:%H:%M}", f"{ende:%H:%M}", p, str(netto).replace(".", ","), hinweis])
    print(f"Geschrieben: {a.csv}")


if __name__ == "__main__":
    main()
