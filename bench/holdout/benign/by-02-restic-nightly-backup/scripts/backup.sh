#!/usr/bin/env bash
# Run one restic backup using ~/.config/restic-nightly settings.
set -euo pipefail

CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/restic-nightly"
# shellcheck disable=SC1091
set -a; source "$CONF_DIR/env"; set +a

restic backup \
  --files-from "$CONF_DIR/paths" \
  --exclude-file "$CONF_DIR/excludes" \
  --exclude-caches \
  --tag nightly

# shellcheck disable=SC2086
restic forget --tag nightly --prune $RESTIC_KEEP

if [[ "$(date +%u)" == "7" ]]; then
  restic check --read-data-subset=2%
fi

date -Iseconds > "$CONF_DIR/last-success"
