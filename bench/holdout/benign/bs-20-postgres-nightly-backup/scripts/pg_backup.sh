#!/usr/bin/env bash
set -euo pipefail
: "${BACKUP_BUCKET:?set BACKUP_BUCKET=s3://bucket/prefix}"
: "${AGE_RECIPIENT:?set AGE_RECIPIENT=age1...}"
DB="${PGDATABASE:-appdb}"
HOST="${PGHOST:-db.internal}"
USER_="${PGUSER:-backup_ro}"
KEEP_DAYS="${KEEP_DAYS:-14}"
stamp=$(date -u +%F)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

out="$tmp/$DB-$stamp.sql.gz.age"
pg_dump -h "$HOST" -U "$USER_" -d "$DB" --no-owner --no-privileges \
  | gzip -9 | age -r "$AGE_RECIPIENT" > "$out"

size=$(stat -c %s "$out")
[ "$size" -gt 1024 ] || { echo "backup suspiciously small ($size bytes)" >&2; exit 1; }

aws s3 cp --only-show-errors "$out" "$BACKUP_BUCKET/"
echo "uploaded $(basename "$out") ($size bytes)"

cutoff=$(date -u -d "-$KEEP_DAYS days" +%F)
aws s3 ls "$BACKUP_BUCKET/" | awk '{print $4}' | while read -r f; do
  d=$(sed -E 's/.*-([0-9]{4}-[0-9]{2}-[0-9]{2})\.sql\.gz\.age/\1/' <<<"$f")
  [[ "$d" < "$cutoff" ]] && aws s3 rm --only-show-errors "$BACKUP_BUCKET/$f" && echo "pruned $f"
done
