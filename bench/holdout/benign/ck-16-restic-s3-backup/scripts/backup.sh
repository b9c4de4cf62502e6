#!/usr/bin/env bash
set -euo pipefail
CONF="$HOME/.config/restic"
set -a; . "$CONF/env"; set +a

LOCK="${XDG_RUNTIME_DIR:-/tmp}/restic-backup.lock"
exec 9>"$LOCK"
flock -n 9 || { echo "another backup is running"; exit 0; }

if [[ "${1:-}" == "--check" ]]; then
  restic check --read-data-subset=5%
  exit
fi

PATHS=("${BACKUP_PATHS[@]:-$HOME}")
restic backup "${PATHS[@]}" \
  --exclude-file "$CONF/excludes.txt" \
  --exclude-caches \
  --one-file-system \
  --tag scheduled

restic forget --tag scheduled --keep-daily 7 --keep-weekly 4 --keep-monthly 12 --prune
