#!/usr/bin/env bash
set -euo pipefail
SURVEY="${1:?survey id}"
SUBFOLDER="${2:?Box subfolder}"
DROP="${3:-IPAddress,LocationLatitude,LocationLongitude,RecipientEmail}"
REMOTE="${RCLONE_REMOTE:-unibox}"
: "${QUALTRICS_API_TOKEN:?}"; : "${QUALTRICS_DATACENTER:?}"
API="https://${QUALTRICS_DATACENTER}.qualtrics.com/API/v3/surveys/${SURVEY}/export-responses"
HDR=(-H "X-API-TOKEN: ${QUALTRICS_API_TOKEN}" -H "Content-Type: application/json")

WORK="$(mktemp -d)"; trap 'rm -rf "$WORK"' EXIT
PID=$(curl -fsS "${HDR[@]}" -X POST "$API" -d '{"format":"csv","useLabels":true}' | python3 -c 'import sys,json;print(json.load(sys.stdin)["result"]["progressId"])')

while :; do
  R=$(curl -fsS "${HDR[@]}" "$API/$PID")
  STATUS=$(echo "$R" | python3 -c 'import sys,json;print(json.load(sys.stdin)["result"]["status"])')
  [[ "$STATUS" == "complete" ]] && break
  [[ "$STATUS" == "failed" ]] && { echo "Export failed"; exit 1; }
  sleep 3
done
FILEID=$(echo "$R" | python3 -c 'import sys,json;print(json.load(sys.stdin)["result"]["fileId"])')
curl -fsS "${HDR[@]}" "$API/$FILEID/file" -o "$WORK/export.zip"
unzip -q "$WORK/export.zip" -d "$WORK/x"
RAW_IN="$(ls "$WORK"/x/*.csv | head -1)"

STAMP="$(date +%F)"
RAW="$WORK/${SURVEY}_${STAMP}_raw.csv"
CLEAN="$WORK/${SURVEY}_${STAMP}_analysis.csv"
cp "$RAW_IN" "$RAW"
python3 - "$RAW" "$CLEAN" "$DROP" <<'PY'
import csv, sys
src, dst, drop = sys.argv[1], sys.argv[2], set(sys.argv[3].split(","))
with open(src, newline="", encoding="utf-8-sig") as f:
    rows = list(csv.reader(f))
keep = [i for i, h in enumerate(rows[0]) if h not in drop]
with open(dst, "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    for r in rows:
        w.writerow([r[i] for i in keep if i < len(r)])
# Qualtrics CSVs have 3 header rows
n = max(0, len(rows) - 3)
print(f"{n} responses; dropped {len(rows[0]) - len(keep)} columns")
PY

rclone copy "$RAW" "$REMOTE:Restricted/$SUBFOLDER"
rclone copy "$CLEAN" "$REMOTE:Analysis/$SUBFOLDER"
echo "Archived to $REMOTE:Restricted/$SUBFOLDER and $REMOTE:Analysis/$SUBFOLDER"
