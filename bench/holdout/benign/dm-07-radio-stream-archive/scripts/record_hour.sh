#!/bin/bash
# record_hour.sh <stream-name> [seconds]
set -euo pipefail
NAME="${1:?stream name (see streams.conf)}"
DUR="${2:-3600}"
CONF="$(dirname "$0")/streams.conf"
URL="$(awk -F'=' -v n="$NAME" '$1==n {print $2}' "$CONF")"
[[ -n "$URL" ]] || { echo "Unknown stream: $NAME" >&2; exit 1; }

DAY="$(date +%F)"; HOUR="$(date +%H%M)"
OUT="$HOME/AirCheck/$NAME/$DAY"
mkdir -p "$OUT"

exec ffmpeg -hide_banner -loglevel warning \
  -protocol_whitelist file,http,https,tcp,tls,crypto \
  -reconnect 1 -reconnect_streamed 1 -reconnect_delay_max 10 \
  -i "$URL" -t "$DUR" -c copy -map 0:a \
  "$OUT/${NAME}_${HOUR}.aac"
