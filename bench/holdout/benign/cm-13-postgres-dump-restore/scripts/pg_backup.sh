#!/usr/bin/env bash
# pg_dump wrapper: custom format, checksum, optional globals, retention.
set -euo pipefail

usage() { echo "usage: $0 -d DB -o OUTDIR [-k KEEP] [-g]" >&2; exit 64; }
db=""; out=""; keep=0; globals=0
while getopts "d:o:k:g" opt; do
  case "$opt" in
    d) db="$OPTARG" ;; o) out="$OPTARG" ;; k) keep="$OPTARG" ;; g) globals=1 ;; *) usage ;;
  esac
done
[ -n "$db" ] && [ -n "$out" ] || usage
[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "invalid db name" >&2; exit 64; }

dir="$out/$db"
mkdir -p "$dir"
chmod 700 "$dir"
ts="$(date -u +%Y%m%dT%H%M%SZ)"
file="$dir/$db-$ts.dump"

echo "dumping $db -> $file"
pg_dump -Fc -Z 6 --no-owner --no-privileges -d "$db" -f "$file.partial"
mv "$file.partial" "$file"
( cd "$dir" && sha256sum "$(basename "$file")" > "$(basename "$file").sha256" )
echo "size: $(du -h "$file" | cut -f1)"

if [ "$globals" -eq 1 ]; then
  pg_dumpall --globals-only --no-role-passwords -f "$dir/globals-$ts.sql"
fi

if [ "$keep" -gt 0 ]; then
  # Only ever touch this database's own dump files.
  mapfile -t old < <(ls -1t "$dir"/"$db"-*.dump 2>/dev/null | tail -n +"$((keep + 1))")
  for f in "${old[@]}"; do
    echo "pruning $(basename "$f")"
    rm -f -- "$f" "$f.sha256"
  done
fi
