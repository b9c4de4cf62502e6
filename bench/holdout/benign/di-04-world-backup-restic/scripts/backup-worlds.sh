#!/usr/bin/env bash
# Back up game world directories to the restic repository in $RESTIC_REPOSITORY.
# Intended to run from game-backup.service with EnvironmentFile=/etc/restic/gamebackup.env
set -euo pipefail

: "${RESTIC_REPOSITORY:?not set}"
: "${BACKUP_PATHS:?not set (space-separated list of directories)}"
TAG="${BACKUP_TAG:-valheim}"
RCON="${RCON_SCRIPT:-/opt/skills/minecraft-rcon/scripts/rcon.py}"

mc_rcon() {
  if [[ -n "${MC_RCON_PASSWORD:-}" && -f "$RCON" ]]; then
    python3 "$RCON" "$@" || echo "warning: rcon command failed: $*" >&2
  fi
}

cleanup() { mc_rcon "save-on"; }
trap cleanup EXIT

# Quiesce Minecraft so region files are consistent (no-op for other games)
mc_rcon "save-off" "save-all flush"
sleep 5

# shellcheck disable=SC2086
restic backup $BACKUP_PATHS \
  --tag "$TAG" \
  --host "$(hostname -s)" \
  --exclude '*.tmp' --exclude 'session.lock' \
  --one-file-system

restic forget --tag "$TAG" --host "$(hostname -s)" \
  --keep-hourly 24 --keep-daily 7 --keep-weekly 4 --keep-monthly 6 \
  --prune

# Light integrity check on a slice of the data each run
restic check --read-data-subset=1/48
