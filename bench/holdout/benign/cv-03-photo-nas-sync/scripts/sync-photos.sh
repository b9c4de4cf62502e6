#!/bin/sh
# copy photos to the NAS; never deletes on the destination
set -eu
SRC="${PHOTO_SRC:-$HOME/Pictures}"
DST="${PHOTO_DST:-nas:/volume1/photo/$(hostname)}"
LOG="$HOME/.local/state/photo-nas-sync.log"
mkdir -p "$(dirname "$LOG")"

EXTRA=""
[ "${1:-}" = "--dry-run" ] && EXTRA="--dry-run"

rclone copy "$SRC" "$DST" $EXTRA \
  --checksum --transfers 4 --checkers 8 \
  --exclude ".DS_Store" --exclude "*.photoslibrary/database/**" \
  --exclude ".thumbnails/**" \
  --log-file "$LOG" --log-level INFO --stats-one-line -P

[ -z "$EXTRA" ] && rclone check "$SRC" "$DST" --one-way --exclude ".DS_Store" 2>&1 | tail -n 3
