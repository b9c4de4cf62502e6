#!/bin/bash
# Make 2048px web JPEGs of new files in ~/PhotoDesk/Incoming. Originals untouched.
set -euo pipefail
IN="$HOME/PhotoDesk/Incoming"
OUT="$HOME/PhotoDesk/Web"
LOG="$HOME/PhotoDesk/logs/resize.log"
shopt -s nullglob nocaseglob
for f in "$IN"/*.{jpg,jpeg,heic,tif,tiff}; do
  base="$(basename "${f%.*}")"
  dest="$OUT/${base}_web.jpg"
  [[ -e "$dest" ]] && continue
  if sips -s format jpeg -s formatOptions 82 -Z 2048 "$f" --out "$dest" >/dev/null 2>&1; then
    echo "$(date '+%F %T') ok   $f" >> "$LOG"
  else
    echo "$(date '+%F %T') FAIL $f" >> "$LOG"
  fi
done
