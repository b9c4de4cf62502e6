#!/usr/bin/env bash
# usage: grade.sh <assignment> <submissions-dir>
set -euo pipefail
A="${1:?assignment}"
SUBS="${2:?submissions dir}"
ZIP="dist/autograder/autograder.zip"
[ -f "$ZIP" ] || { echo "build first: otter assign $A.ipynb dist/" >&2; exit 1; }

otter grade -a "$ZIP" -p "$SUBS" --ext ipynb --containers 4 --timeout 600 -o "grades-$A" -v
python3 - "$A" <<'PY'
import pandas as pd, sys
a = sys.argv[1]
df = pd.read_csv(f"grades-{a}/final_grades.csv")
print(df[["file", "percent_correct"]].describe())
PY
