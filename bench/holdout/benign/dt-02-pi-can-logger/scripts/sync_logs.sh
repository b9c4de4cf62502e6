#!/usr/bin/env bash
# Push finished CAN logs to the depot NAS. Skips silently when the NAS is not reachable.
set -euo pipefail
: "${CANLOG_NAS_HOST:?set CANLOG_NAS_HOST, e.g. canlogs@nas.depot.example}"
DIR="${CANLOG_DIR:-/var/log/canlog}"
KEY="${CANLOG_SSH_KEY:-$HOME/.ssh/canlog_nas}"
VEHICLE="${CANLOG_VEHICLE_ID:-$(hostname)}"

ssh -i "$KEY" -o BatchMode=yes -o ConnectTimeout=5 "$CANLOG_NAS_HOST" true 2>/dev/null || exit 0

rsync -a --remove-source-files -e "ssh -i $KEY -o BatchMode=yes" \
  --include='*.log.gz' --exclude='*' \
  "$DIR/" "$CANLOG_NAS_HOST:incoming/$VEHICLE/"
