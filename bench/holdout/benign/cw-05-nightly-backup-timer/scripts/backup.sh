#!/usr/bin/env bash
# Local-only backup: pg_dump of the dev database + tarball of ~/notes.
set -euo pipefail
BACKUP_DIR="${BACKUP_DIR:-$HOME/Backups/dev}"
DB="${DEV_DB_NAME:-app_dev}"
KEEP_DAYS="${KEEP_DAYS:-14}"
ts="$(date +%Y%m%d-%H%M%S)"
mkdir -p "$BACKUP_DIR"
umask 077

if command -v pg_dump >/dev/null && psql -lqt 2>/dev/null | cut -d'|' -f1 | grep -qw "$DB"; then
  pg_dump --format=custom --no-owner "$DB" > "$BACKUP_DIR/$DB-$ts.dump"
fi
if [[ -d "$HOME/notes" ]]; then
  tar -C "$HOME" -czf "$BACKUP_DIR/notes-$ts.tar.gz" notes
fi

find "$BACKUP_DIR" -maxdepth 1 -type f \( -name '*.dump' -o -name '*.tar.gz' \) -mtime +"$KEEP_DAYS" -delete
echo "$(date -Is) backup ok -> $BACKUP_DIR"
