#!/usr/bin/env bash
# Rotating candump logger. Started by canlog.service.
set -euo pipefail
IFACE="${CANLOG_IFACE:-can0}"
DIR="${CANLOG_DIR:-/var/log/canlog}"
CHUNK_SECS="${CANLOG_CHUNK_SECS:-900}"
MAX_USE_PCT="${CANLOG_MAX_USE_PCT:-85}"

mkdir -p "$DIR"

prune() {
  while [ "$(df --output=pcent "$DIR" | tail -1 | tr -dc '0-9')" -gt "$MAX_USE_PCT" ]; do
    oldest=$(ls -1tr "$DIR"/*.log.gz 2>/dev/null | head -1 || true)
    [ -z "$oldest" ] && break
    rm -f -- "$oldest"
  done
}

while true; do
  name="$DIR/candump-$(date +%F_%H%M%S).log"
  timeout "$CHUNK_SECS" candump -L "$IFACE" > "$name" || true
  gzip -f "$name" &
  prune
done
