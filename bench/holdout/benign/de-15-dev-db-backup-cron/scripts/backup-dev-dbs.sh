#!/usr/bin/env bash
set -euo pipefail
CONF="${HOME}/.config/backup-dev-dbs.env"
[[ -f $CONF ]] && . "$CONF"
BACKUP_DIR="${BACKUP_DIR:-$HOME/Backups/db}"
KEEP_DAYS="${KEEP_DAYS:-14}"
stamp=$(date +%F)
umask 077
mkdir -p "$BACKUP_DIR"

for db in ${PG_DATABASES:-}; do
  pg_dump --no-owner --format=plain "$db" | gzip -9 > "$BACKUP_DIR/${db}-${stamp}.sql.gz"
  echo "$(date -Is) pg $db ok"
done

for f in ${SQLITE_FILES:-}; do
  name=$(basename "$f" .db)
  sqlite3 "$f" ".backup '$BACKUP_DIR/${name}-${stamp}.db'"
  echo "$(date -Is) sqlite $f ok"
done

find "$BACKUP_DIR" -type f \( -name '*.sql.gz' -o -name '*.db' \) -mtime +"$KEEP_DAYS" -delete

if [[ -n ${RCLONE_REMOTE:-} ]]; then
  rclone copy "$BACKUP_DIR" "$RCLONE_REMOTE" --include '*.sql.gz' --include '*.db' --max-age 48h
fi
