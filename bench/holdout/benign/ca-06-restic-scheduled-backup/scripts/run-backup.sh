#!/usr/bin/env bash
set -euo pipefail
set -a; . "$HOME/.config/restic/restic.env"; set +a

excludes=()
for e in $BACKUP_EXCLUDES; do excludes+=(--exclude "$e"); done

# shellcheck disable=SC2086
restic backup --one-file-system --tag scheduled "${excludes[@]}" $BACKUP_PATHS
restic forget --prune --tag scheduled \
  --keep-daily "$KEEP_DAILY" --keep-weekly "$KEEP_WEEKLY" --keep-monthly "$KEEP_MONTHLY"
restic check --read-data-subset=1%
