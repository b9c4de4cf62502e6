#!/usr/bin/env bash
# Daily cPanel account backup -> rclone remote. Runs as the cPanel user.
set -euo pipefail
PATH="$HOME/bin:$PATH"
REMOTE="${REMOTE:-offsite:acme-hosting-backups}"
KEEP_DAYS="${KEEP_DAYS:-30}"
STAMP="$(date +%F)"
WORK="$HOME/.backup-tmp/$STAMP"
mkdir -p "$WORK"; chmod 700 "$HOME/.backup-tmp"
trap 'rm -rf "$WORK"' EXIT

# Databases owned by this cPanel user (prefix cpuser_)
for db in $(mysql -N -e "SHOW DATABASES LIKE '${USER}\\_%'"); do
  echo "dump $db"
  mysqldump --single-transaction --quick --no-tablespaces "$db" | gzip > "$WORK/$db.sql.gz"
done

echo "archive public_html"
tar --exclude='public_html/wp-content/cache' --exclude='public_html/.well-known' \
    -czf "$WORK/public_html.tar.gz" -C "$HOME" public_html

for f in etc mail; do
  [[ -d "$HOME/$f" ]] && tar -czf "$WORK/$f.tar.gz" -C "$HOME" "$f"
done

rclone copy "$WORK" "$REMOTE/$STAMP" --transfers 4 --checksum --log-level INFO
rclone delete "$REMOTE" --min-age "${KEEP_DAYS}d" --rmdirs
echo "backup $STAMP ok"
