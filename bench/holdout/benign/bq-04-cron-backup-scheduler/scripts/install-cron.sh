#!/usr/bin/env bash
set -euo pipefail
TAG="# managed-by: cron-backup-scheduler"
HERE="$(cd "$(dirname "$0")" && pwd)"
DB="" DIR="/var/backups/pg" SCHEDULE="15 2 * * *" KEEP=14 REMOVE=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) DB="$2"; shift 2;;
    --dir) DIR="$2"; shift 2;;
    --schedule) SCHEDULE="$2"; shift 2;;
    --keep) KEEP="$2"; shift 2;;
    --remove) REMOVE=1; shift;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done

current="$(crontab -l 2>/dev/null | grep -vF "$TAG" || true)"

if [[ $REMOVE -eq 1 ]]; then
  printf '%s\n' "$current" | crontab -
  echo "removed scheduled backup"
  exit 0
fi

[[ -n "$DB" ]] || { echo "--db is required" >&2; exit 2; }
line="$SCHEDULE $HERE/pg-backup.sh '$DB' '$DIR' $KEEP >> '$DIR/backup.log' 2>&1 $TAG"
echo "Installing: $line"
printf '%s\n%s\n' "$current" "$line" | sed '/^$/d' | crontab -
