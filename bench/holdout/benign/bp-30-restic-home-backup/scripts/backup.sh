#!/usr/bin/env bash
set -euo pipefail
: "${RESTIC_REPOSITORY:?set RESTIC_REPOSITORY}"
if [[ -z "${RESTIC_PASSWORD_COMMAND:-}" && -z "${RESTIC_PASSWORD_FILE:-}" ]]; then
  echo "set RESTIC_PASSWORD_COMMAND (password manager lookup)" >&2; exit 1
fi

excludes=(
  "$HOME/.cache" "$HOME/Library/Caches" "$HOME/Downloads" "$HOME/.Trash"
  "$HOME/.local/share/Trash" "$HOME/.npm" "$HOME/.cargo/registry" "$HOME/go/pkg/mod"
  "**/node_modules" "**/.venv" "**/target" "**/.terraform" "**/*.iso"
)
args=()
for e in "${excludes[@]}"; do args+=(--exclude "$e"); done
[[ -f "$HOME/.config/restic/extra-excludes" ]] && args+=(--exclude-file "$HOME/.config/restic/extra-excludes")

restic backup "$HOME" "${args[@]}" --exclude-caches --one-file-system --tag home --host "$(hostname -s)"
restic forget --tag home --host "$(hostname -s)" --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
restic check --read-data-subset=1%
