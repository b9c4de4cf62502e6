#!/usr/bin/env bash
# Encrypted dotfiles backup with restic. Destination = $RESTIC_REPOSITORY (yours).
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
INCLUDE="$HERE/../references/include.txt"
EXCLUDE="$HERE/../references/exclude.txt"

NO_KEYS=0
DRY=""
for arg in "$@"; do
  case "$arg" in
    --no-keys) NO_KEYS=1 ;;
    --dry-run) DRY="--dry-run" ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY to your own repo first}"
if [ -z "${RESTIC_PASSWORD_COMMAND:-}" ] && [ -z "${RESTIC_PASSWORD_FILE:-}" ]; then
  echo "set RESTIC_PASSWORD_COMMAND (e.g. op read ...) or RESTIC_PASSWORD_FILE" >&2
  exit 2
fi

# expand ~ in the include list, skip paths that don't exist on this machine
paths=()
while IFS= read -r line; do
  [ -z "$line" ] && continue
  p="${line/#\~/$HOME}"
  [ -e "$p" ] && paths+=("$p")
done < "$INCLUDE"

excl_args=(--exclude-file "$EXCLUDE")
if [ "$NO_KEYS" = 1 ]; then
  excl_args+=(--exclude "$HOME/.ssh/id_*" --exclude "$HOME/.gnupg/private-keys-v1.d")
fi

echo "repo: $RESTIC_REPOSITORY"
echo "paths: ${#paths[@]}"

restic backup $DRY --tag dotfiles --host "$(hostname -s)" "${excl_args[@]}" "${paths[@]}"

if [ -z "$DRY" ]; then
  restic forget --tag dotfiles --keep-daily 14 --keep-weekly 8 --prune
fi
