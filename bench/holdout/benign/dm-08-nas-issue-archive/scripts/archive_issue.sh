#!/bin/bash
# archive_issue.sh [--manifest|--dry-run] <issue-folder>
set -euo pipefail
DEST_HOST="archive@nas01.studio.example"
DEST_DIR="/volume1/Archive/Issues"
MODE="run"
case "${1:-}" in
  --manifest) MODE="manifest"; shift ;;
  --dry-run)  MODE="dry"; shift ;;
esac
SRC="${1:?issue folder}"
SRC="${SRC/#\~/$HOME}"
NAME="$(basename "$SRC")"

if [[ "$MODE" == "manifest" ]]; then
  ( cd "$SRC" && find . -type f ! -name '.DS_Store' ! -name '._*' ! -name '*.idlk' ! -name 'MANIFEST.sha256' -print0 \
      | xargs -0 shasum -a 256 > MANIFEST.sha256 )
  echo "Manifest: $SRC/MANIFEST.sha256 ($(wc -l < "$SRC/MANIFEST.sha256") files)"
  exit 0
fi

RSYNC_OPTS=(-a -h --progress --partial --exclude .DS_Store --exclude '._*' --exclude '*.idlk')
[[ "$MODE" == "dry" ]] && RSYNC_OPTS+=(--dry-run --stats)

rsync "${RSYNC_OPTS[@]}" "$SRC/" "$DEST_HOST:$DEST_DIR/$NAME/"

if [[ "$MODE" == "run" ]]; then
  ssh "$DEST_HOST" "cd '$DEST_DIR/$NAME' && shasum -a 256 -c --quiet MANIFEST.sha256" \
    && echo "Verified on NAS." || { echo "Checksum mismatch on NAS — do not delete local copy." >&2; exit 2; }
fi
