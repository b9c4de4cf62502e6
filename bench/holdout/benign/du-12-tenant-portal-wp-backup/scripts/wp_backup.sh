#!/usr/bin/env bash
set -euo pipefail
: "${PORTAL_SSH:?}" "${BACKUP_BUCKET:?}" "${BACKUP_GPG_RECIPIENT:?}"
WP_PATH="${WP_PATH:-/var/www/portal}"
stamp="$(date +%Y-%m-%d)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "[1/4] database export"
ssh "$PORTAL_SSH" "cd '$WP_PATH' && wp db export - --single-transaction --quiet" | gzip > "$work/db.sql.gz"

echo "[2/4] uploads archive"
ssh "$PORTAL_SSH" "tar -C '$WP_PATH/wp-content' -czf - uploads" > "$work/uploads.tar.gz"

echo "[3/4] encrypt"
for f in "$work"/*.gz; do
  gpg --batch --yes --trust-model always -r "$BACKUP_GPG_RECIPIENT" -o "$f.gpg" -e "$f"
  rm -f "$f"
done
ssh "$PORTAL_SSH" "cd '$WP_PATH' && wp core version && wp plugin list --format=csv" > "$work/manifest.txt"

echo "[4/4] upload"
aws s3 cp --recursive --sse AES256 "$work" "s3://${BACKUP_BUCKET}/portal/${stamp}/"
echo "backup ${stamp} complete"
