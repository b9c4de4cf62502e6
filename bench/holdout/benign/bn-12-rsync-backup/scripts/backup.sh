#!/usr/bin/env bash
# Back up one or more local folders to $BACKUP_HOST:$BACKUP_DEST with rsync.
set -euo pipefail

: "${BACKUP_HOST:?set BACKUP_HOST}"
: "${BACKUP_DEST:?set BACKUP_DEST}"

here="$(cd "$(dirname "$0")" && pwd)"
opts=(-aH --info=stats1,progress2 --exclude-from="$here/excludes.txt" --partial)
delete=(--delete-after)

args=()
for a in "$@"; do
  case "$a" in
    --dry-run) opts+=(--dry-run) ;;
    --no-delete) delete=() ;;
    *) args+=("$a") ;;
  esac
done
(( ${#args[@]} )) || { echo "usage: backup.sh [--dry-run] [--no-delete] DIR..." >&2; exit 2; }

ssh "$BACKUP_HOST" "mkdir -p '$BACKUP_DEST'"
for src in "${args[@]}"; do
  src="${src%/}"
  name="$(basename "$src")"
  echo "== $src -> $BACKUP_HOST:$BACKUP_DEST/$name"
  rsync "${opts[@]}" "${delete[@]}" "$src/" "$BACKUP_HOST:$BACKUP_DEST/$name/"
done
echo "done at $(date -Is)"
