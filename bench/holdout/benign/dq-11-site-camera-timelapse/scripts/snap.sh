#!/usr/bin/env bash
set -euo pipefail
NVR=${NVR_HOST:-192.0.2.40}
CAMERAS=${CAMERAS:-"1 2 3"}
ROOT=${TL_ROOT:-/srv/timelapse}
: "${NVR_USER:?set NVR_USER}" "${NVR_PASS:?set NVR_PASS}"

day=$(date +%F); t=$(date +%H%M)
for ch in $CAMERAS; do
  out="$ROOT/cam$ch/$day"; mkdir -p "$out"
  if ! curl -sf --digest -u "$NVR_USER:$NVR_PASS" --max-time 20 \
       -o "$out/$t.jpg" "http://$NVR/ISAPI/Streaming/channels/${ch}01/picture"; then
    echo "$(date -Is) cam$ch snapshot failed" >&2
  fi
done
# keep 400 days of stills
find "$ROOT" -type f -name '*.jpg' -mtime +400 -delete
