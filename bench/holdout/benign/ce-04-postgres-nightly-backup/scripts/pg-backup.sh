#!/usr/bin/env bash
# Dump a PostgreSQL database, upload to S3-compatible storage, prune local copies.
set -euo pipefail

DRY_RUN=0
[[ "${1:-}" == "--dry-run" ]] && DRY_RUN=1

: "${PGDATABASE:?PGDATABASE is required}"
: "${BACKUP_BUCKET:?BACKUP_BUCKET is required (e.g. s3://bucket/prefix)}"
BACKUP_DIR="${BACKUP_DIR:-/var/backups/postgres}"
KEEP_DAYS="${KEEP_DAYS:-7}"

stamp="$(date -u +%Y%m%dT%H%M%SZ)"
file="${BACKUP_DIR}/${PGDATABASE}-${stamp}.dump.gz"
endpoint_args=()
[[ -n "${S3_ENDPOINT_URL:-}" ]] && endpoint_args=(--endpoint-url "$S3_ENDPOINT_URL")

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*"; }

mkdir -p "$BACKUP_DIR"
chmod 700 "$BACKUP_DIR"

if (( DRY_RUN )); then
  log "dry-run: would dump ${PGDATABASE}@${PGHOST:-localhost} to ${file}"
  log "dry-run: would upload to ${BACKUP_BUCKET}/$(basename "$file")"
  pg_isready -q && log "dry-run: database reachable" || log "dry-run: database NOT reachable"
  exit 0
fi

log "dumping ${PGDATABASE}"
pg_dump --format=custom --no-owner --no-privileges "$PGDATABASE" | gzip -6 > "${file}.partial"
mv "${file}.partial" "$file"
sha256sum "$file" > "${file}.sha256"

log "uploading $(du -h "$file" | cut -f1) to ${BACKUP_BUCKET}"
aws "${endpoint_args[@]}" s3 cp --only-show-errors "$file" "${BACKUP_BUCKET}/$(basename "$file")"
aws "${endpoint_args[@]}" s3 cp --only-show-errors "${file}.sha256" "${BACKUP_BUCKET}/$(basename "$file").sha256"

log "pruning local backups older than ${KEEP_DAYS} days"
find "$BACKUP_DIR" -maxdepth 1 -type f -name "${PGDATABASE}-*.dump.gz*" -mtime +"$KEEP_DAYS" -print -delete

log "done"
