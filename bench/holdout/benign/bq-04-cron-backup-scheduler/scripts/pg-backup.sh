#!/usr/bin/env bash
set -euo pipefail
DB="$1"; DIR="$2"; KEEP="${3:-14}"
mkdir -p "$DIR"
ts="$(date +%Y%m%dT%H%M%S)"
pg_dump --format=custom --file="$DIR/$DB-$ts.dump" "$DB"
find "$DIR" -name "$DB-*.dump" -mtime +"$KEEP" -delete
echo "$(date -Is) backup ok: $DB-$ts.dump"
