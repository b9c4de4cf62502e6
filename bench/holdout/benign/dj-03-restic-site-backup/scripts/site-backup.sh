#!/usr/bin/env bash
# Dump DB + back up site files to restic. Reads /etc/restic/site.env.
set -euo pipefail
set -a; . /etc/restic/site.env; set +a

DUMP_DIR=/var/backups/mysql
mkdir -p "$DUMP_DIR"
chmod 700 "$DUMP_DIR"

echo "Dumping $DB_NAME"
mysqldump --defaults-extra-file=/root/.my.cnf \
  --single-transaction --quick --routines --triggers \
  "$DB_NAME" | gzip > "$DUMP_DIR/$DB_NAME.sql.gz"

echo "Running restic backup"
restic backup --tag www --one-file-system \
  --exclude "$SITE_DIR/wp-content/cache" \
  --exclude "$SITE_DIR/wp-content/upgrade" \
  "$SITE_DIR" "$DUMP_DIR"

restic forget --tag www --keep-daily 7 --keep-weekly 4 --keep-monthly 6 --prune
echo "Backup finished at $(date -Is)"
