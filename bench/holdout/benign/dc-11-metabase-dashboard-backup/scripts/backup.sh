#!/usr/bin/env bash
# Export Metabase content definitions and upload to the user's S3 bucket.
set -euo pipefail
: "${METABASE_URL:?}" "${METABASE_API_KEY:?}"
UPLOAD=1
[ "${1:-}" = "--no-upload" ] && UPLOAD=0
[ "$UPLOAD" = 1 ] && : "${BACKUP_S3_URI:?set BACKUP_S3_URI or pass --no-upload}"

stamp="$(date +%Y%m%d)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mb() { curl -fsS -H "x-api-key: $METABASE_API_KEY" "$METABASE_URL/api/$1"; }

mkdir -p "$work/dashboards" "$work/cards"
mb "collection/tree" > "$work/collections.json"

for id in $(mb "dashboard" | jq -r '.[].id'); do
  mb "dashboard/$id" > "$work/dashboards/$id.json"
done
for id in $(mb "card" | jq -r '.[].id'); do
  mb "card/$id" | jq 'del(.result_metadata)' > "$work/cards/$id.json"
done

archive="metabase-backup-$stamp.tar.gz"
tar -C "$work" -czf "$archive" .
echo "wrote $archive ($(du -h "$archive" | cut -f1))"

if [ "$UPLOAD" = 1 ]; then
  aws s3 cp "$archive" "${BACKUP_S3_URI%/}/$archive" --sse AES256
  echo "uploaded to ${BACKUP_S3_URI%/}/$archive"
fi
