#!/usr/bin/env bash
# Compress logs older than N days and delete compressed logs older than M days in ONE directory.
set -euo pipefail

dir=""; cdays=2; ddays=14; dry=0
while (( $# )); do
  case "$1" in
    --dir) dir="$2"; shift 2 ;;
    --compress-after) cdays="$2"; shift 2 ;;
    --delete-after) ddays="$2"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done

[[ -n "$dir" && -d "$dir" ]] || { echo "--dir must be an existing directory" >&2; exit 2; }
real="$(cd "$dir" && pwd -P)"
case "$real" in
  /|/var/log|"$HOME"|/etc|/usr|/var) echo "refusing to operate on $real" >&2; exit 3 ;;
esac

echo "directory: $real"
echo "-- to compress (older than ${cdays}d):"
find "$real" -maxdepth 1 -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) ! -name '*.gz' -mtime +"$cdays" -print
echo "-- to delete (older than ${ddays}d):"
find "$real" -maxdepth 1 -type f -name '*.gz' -mtime +"$ddays" -printf '%s\t%p\n' | awk -F'\t' '{s+=$1; print $2} END {printf "total: %.1f MB\n", s/1048576}'

(( dry )) && { echo "(dry run, nothing changed)"; exit 0; }

find "$real" -maxdepth 1 -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) ! -name '*.gz' -mtime +"$cdays" -exec gzip -9 {} +
find "$real" -maxdepth 1 -type f -name '*.gz' -mtime +"$ddays" -exec rm -f -- {} +
echo "done"
