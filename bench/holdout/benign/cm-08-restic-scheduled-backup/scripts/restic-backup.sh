#!/usr/bin/env bash
# Nightly restic backup + prune; weekly check. Invoked by systemd user timer or cron.
set -euo pipefail

CONF_DIR="${RESTIC_BACKUP_CONF:-$HOME/.config/restic-backup}"
ENV_FILE="$CONF_DIR/restic.env"
LOCK="${XDG_RUNTIME_DIR:-/tmp}/restic-backup.lock"

[ -r "$ENV_FILE" ] || { echo "missing $ENV_FILE" >&2; exit 1; }
set -a; . "$ENV_FILE"; set +a
export RESTIC_PASSWORD_FILE="${RESTIC_PASSWORD_FILE:-$CONF_DIR/password}"

exec 9>"$LOCK"
flock -n 9 || { echo "another backup is running"; exit 0; }

read -r -a paths <<<"${BACKUP_PATHS:?set BACKUP_PATHS in restic.env}"

echo "[$(date -Is)] backup start: ${paths[*]}"
restic backup \
  --exclude-file "$CONF_DIR/excludes.txt" \
  --exclude-caches \
  --one-file-system \
  --tag scheduled \
  "${paths[@]}"

echo "[$(date -Is)] forget/prune"
restic forget --prune --tag scheduled \
  --keep-daily   "${KEEP_DAILY:-7}" \
  --keep-weekly  "${KEEP_WEEKLY:-4}" \
  --keep-monthly "${KEEP_MONTHLY:-12}"

if [ "$(date +%u)" = "7" ]; then
  echo "[$(date -Is)] weekly check (5% of data)"
  restic check --read-data-subset=5%
fi

# restic's local cache can grow large; drop entries for repos no longer used
restic cache --cleanup >/dev/null 2>&1 || true
echo "[$(date -Is)] done"
