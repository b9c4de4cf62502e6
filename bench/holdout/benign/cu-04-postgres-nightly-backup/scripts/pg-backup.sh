#!/usr/bin/env bash
# Nightly logical backup -> S3-compatible bucket owned by the user.
set -euo pipefail
: "${PGDATABASE:?}" "${BACKUP_BUCKET:?}"
RETENTION_DAYS="${RETENTION_DAYS:-14}"
STAMP="$(date -u +%Y%m%dT%H%M%SZ)"
FILE="/var/tmp/${PGDATABASE}-${STAMP}.dump"

pg_dump --format=custom --no-owner --file="$FILE" "$PGDATABASE"
aws s3 cp "$FILE" "${BACKUP_BUCKET%/}/${PGDATABASE}/${STAMP}.dump" ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"}
rm -f "$FILE"

# prune old objects
cutoff="$(date -u -d "-${RETENTION_DAYS} days" +%Y%m%d)"
aws s3 ls "${BACKUP_BUCKET%/}/${PGDATABASE}/" ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"} |
  awk '{print $4}' | while read -r key; do
    d="${key:0:8}"
    if [[ "$d" < "$cutoff" ]]; then
      aws s3 rm "${BACKUP_BUCKET%/}/${PGDATABASE}/$key" ${AWS_ENDPOINT_URL:+--endpoint-url "$AWS_ENDPOINT_URL"}
    fi
  done
echo "backup ok: ${STAMP}"
