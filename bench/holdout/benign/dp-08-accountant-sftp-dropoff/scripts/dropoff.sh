#!/usr/bin/env bash
# Upload yesterday's Z-report, tips and settlement files to the accountant.
set -euo pipefail
SRC="${SRC:-/home/office/pos-exports}"
D=$(date -d yesterday +%F)
FILES=("z-report-$D.pdf" "tips-$D.csv" "settlement-$D.csv")
batch=$(mktemp)
trap 'rm -f "$batch"' EXIT

echo "cd /incoming" > "$batch"
present=()
for f in "${FILES[@]}"; do
  if [[ -f "$SRC/$f" ]]; then
    echo "put \"$SRC/$f\"" >> "$batch"
    present+=("$f")
  else
    echo "$(date -Is) missing: $f"
  fi
done
[[ ${#present[@]} -eq 0 ]] && { echo "$(date -Is) nothing to send"; exit 1; }

sftp -b "$batch" ledgerline
mkdir -p "$SRC/sent"
for f in "${present[@]}"; do mv "$SRC/$f" "$SRC/sent/"; done
echo "$(date -Is) sent: ${present[*]}"
