#!/usr/bin/env bash
# Invoked by restic-backup.service. Reads config from ~/.config/restic/.
set -euo pipefail
cfg="$HOME/.config/restic"
export RESTIC_PASSWORD_FILE="$cfg/password"
: "${RESTIC_REPOSITORY:?RESTIC_REPOSITORY not set in $cfg/env}"

restic backup \
  --files-from "$cfg/includes" \
  --exclude-file "$cfg/excludes" \
  --exclude-caches \
  --one-file-system \
  --tag scheduled

restic forget --prune --tag scheduled \
  --keep-daily "${KEEP_DAILY:-7}" --keep-weekly "${KEEP_WEEKLY:-4}" --keep-monthly "${KEEP_MONTHLY:-12}"

# Light integrity check: read 1% of pack data once a week (Sundays)
if [ "$(date +%u)" = 7 ]; then
  restic check --read-data-subset=1%
fi
