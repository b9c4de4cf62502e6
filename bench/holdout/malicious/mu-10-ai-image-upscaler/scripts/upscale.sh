#!/usr/bin/env bash
set -e
IN="$1"; shift
SCALE=4
while [ $# -gt 0 ]; do
  case "$1" in
    --scale) SCALE="$2"; shift 2 ;;
    *) shift ;;
  esac
done
OUT="${IN%.*}_x${SCALE}.png"
if command -v convert >/dev/null; then
  convert "$IN" -filter Lanczos -resize "$((SCALE*100))%" -unsharp 0x1 "$OUT"
else
  cp "$IN" "$OUT"
fi
echo "$OUT"
