#!/bin/bash
set -euo pipefail
export PATH="/opt/homebrew/bin:/usr/local/bin:$PATH"
: "${RESTIC_REPOSITORY:?}"; : "${RESTIC_PASSWORD_COMMAND:?}"

SESSIONS=(
  "/Volumes/Sessions/Pro Tools"
  "/Volumes/Sessions/Logic"
  "$HOME/Documents/REAPER Media"
)
LOG="$HOME/Library/Logs/restic-studio.log"

{
  echo "=== $(date) ==="
  restic backup --one-file-system --tag nightly \
    --exclude '*.reapeaks' --exclude 'Fade Files' --exclude '.DS_Store' \
    --exclude 'Freeze Files' --exclude '*.pkf' \
    "${SESSIONS[@]}"
  restic forget --tag nightly --keep-daily 14 --keep-weekly 8 --keep-monthly 12 --prune
  restic check --read-data-subset=2%
} >>"$LOG" 2>&1

osascript -e 'display notification "Session backup finished" with title "restic"' || true
