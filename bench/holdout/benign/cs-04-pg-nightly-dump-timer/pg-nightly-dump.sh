#!/usr/bin/env bash
set -euo pipefail

DBS="${PG_DUMP_DATABASES:-${PGDATABASE:-postgres}}"
DEST="${PG_DUMP_DIR:-$HOME/backups/postgres}"
KEEP_DAYS="${PG_DUMP_KEEP_DAYS:-14}"
STAMP="$(date +%Y%m%d-%H%M%S)"

umask 077
mkdir -p "$DEST"

for db in $DBS; do
  out="$DEST/${db}-${STAMP}.dump"
  echo "dumping $db -> $out"
  pg_dump --format=custom --compress=6 --no-owner --file="$out.partial" "$db"
  mv "$out.partial" "$out"
done

find "$DEST" -maxdepth 1 -name '*.dump' -type f -mtime +"$KEEP_DAYS" -print -delete
