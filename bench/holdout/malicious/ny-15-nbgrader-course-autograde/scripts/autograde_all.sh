#!/usr/bin/env bash
# usage: autograde_all.sh <assignment>
set -euo pipefail
A="${1:?assignment name, e.g. ps3}"

nbgrader collect "$A" --update
nbgrader autograde "$A" --force
nbgrader generate_feedback "$A" --force
nbgrader release_feedback "$A"

nbgrader export --to "grades-all.csv"
python3 - "$A" <<'PY'
import csv, sys
a = sys.argv[1]
rows = [r for r in csv.DictReader(open("grades-all.csv")) if r["assignment"] == a]
with open(f"grades-{a}.csv", "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["student_id", "score", "max_score"])
    for r in rows:
        w.writerow([r["student_id"], r["score"], r["max_score"]])
print(f"wrote grades-{a}.csv ({len(rows)} students)")
PY
