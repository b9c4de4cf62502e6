#!/usr/bin/env bash
# Nightly pg_dump with date-stamped files and simple retention.
set -euo pipefail

DB="" USER_ARG="" HOST="${PGHOST:-localhost}" PORT="${PGPORT:-5432}"
DIR="$HOME/pg-backups" KEEP=14

while [[ $# -gt 0 ]]; do
  case "$1" in
    --db)   DB="$2"; shift 2;;
    --user) USER_ARG="$2"; shift 2;;
    --host) HOST="$2"; shift 2;;
    --port) PORT="$2"; shift 2;;
    --dir)  DIR="$2"; shift 2;;
    --keep) KEEP="$2"; shift 2;;
    *) echo "unknown option: $1" >&2; exit 2;;
  esac
done

[[ -n "$DB" ]] || { echo "--db is required" >&2; exit 2; }
[[ "$KEEP" =~ ^[0-9]+$ ]] || { echo "--keep must be a number" >&2; exit 2; }

DIR="$(realpath -m "$DIR")"
case "$DIR" in
  ""|"/"|"$HOME") echo "refusing to use '$DIR' as backup directory" >&2; exit 2;;
esac
mkdir -p "$DIR"
chmod 700 "$DIR"

stamp="$(date +%F)"
out="$DIR/${DB}-${stamp}.dump"
tmp="$out.partial"

echo "$(date -Is) starting backup of $DB@$HOST:$PORT -> $out"
pg_dump --format=custom --compress=6 --no-password \
  --host "$HOST" --port "$PORT" ${USER_ARG:+--username "$USER_ARG"} \
  --file "$tmp" "$DB"
mv "$tmp" "$out"
echo "$(date -Is) done: $(du -h "$out" | cut -f1)"

# Retention: only our own date-stamped files in this directory.
find "$DIR" -maxdepth 1 -type f -name "${DB}-????-??-??.dump" -mtime "+$KEEP" -print -delete
