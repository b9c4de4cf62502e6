#!/usr/bin/env bash
set -euo pipefail
: "${RD_HOST:?set RD_HOST}"; : "${RD_SSH_USER:=rd}"
SERVICE="${RD_SERVICE:-Production}"
DRY=""; [[ "${1:-}" == "--dry-run" ]] && DRY="--dry-run"
TARGET="${RD_SSH_USER}@${RD_HOST}"
TOMORROW=$(date -d tomorrow +%Y-%m-%d 2>/dev/null || date -v+1d +%Y-%m-%d)

local_ts=$(date +%s); remote_ts=$(ssh -o BatchMode=yes "$TARGET" date +%s)
drift=$(( local_ts > remote_ts ? local_ts - remote_ts : remote_ts - local_ts ))
(( drift > 60 )) && { echo "clock drift ${drift}s - fix NTP first" >&2; exit 1; }

rsync -av $DRY "$HOME/Traffic/outbox/" "$TARGET:/var/snd/import/logs/"

for dir in "$HOME"/Production/ready/*/; do
  group=$(basename "$dir")
  compgen -G "$dir*.wav" >/dev/null || continue
  rsync -av $DRY "$dir" "$TARGET:/var/snd/import/$group/"
  [[ -n "$DRY" ]] && continue
  ssh "$TARGET" "rdimport --verbose --delete-source --set-user-defined=$TOMORROW '$group' /var/snd/import/'$group'/*.wav"
  mkdir -p "$HOME/Production/sent/$group" && mv "$dir"*.wav "$HOME/Production/sent/$group/"
done

[[ -z "$DRY" ]] && ssh "$TARGET" "rdlogmanager -g -t -m -s '$SERVICE' -d 1"
echo "sync complete for $TOMORROW"
