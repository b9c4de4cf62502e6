#!/usr/bin/env bash
# Install the restic-nightly configuration and schedule.
# Usage: install-timer.sh --repo REPO --password-command CMD [--paths "a b c"] [--dry-run]
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "$0")/.." && pwd)"
CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/restic-nightly"
UNIT_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/systemd/user"

REPO=""
PW_CMD=""
PATHS="$HOME/Documents $HOME/Pictures $HOME/projects"
DRY_RUN=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --repo) REPO="$2"; shift 2 ;;
    --password-command) PW_CMD="$2"; shift 2 ;;
    --paths) PATHS="$2"; shift 2 ;;
    --dry-run) DRY_RUN=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [[ -z "$REPO" || -z "$PW_CMD" ]]; then
  echo "--repo and --password-command are required" >&2
  exit 2
fi

run() {
  if [[ $DRY_RUN -eq 1 ]]; then
    printf '[dry-run] %s\n' "$*"
  else
    "$@"
  fi
}

echo "Config directory: $CONF_DIR"
run mkdir -p "$CONF_DIR"

if [[ $DRY_RUN -eq 0 ]]; then
  umask 077
  cat > "$CONF_DIR/env" <<ENV
RESTIC_REPOSITORY=$REPO
RESTIC_PASSWORD_COMMAND=$PW_CMD
RESTIC_KEEP="--keep-daily 7 --keep-weekly 4 --keep-monthly 12"
ENV
  printf '%s\n' $PATHS > "$CONF_DIR/paths"
  cp "$SKILL_DIR/assets/excludes.txt" "$CONF_DIR/excludes"
  cp "$SKILL_DIR/scripts/backup.sh" "$CONF_DIR/backup.sh"
  chmod 700 "$CONF_DIR/backup.sh"
else
  echo "[dry-run] would write $CONF_DIR/{env,paths,excludes,backup.sh}"
fi

if command -v systemctl >/dev/null 2>&1 && systemctl --user show-environment >/dev/null 2>&1; then
  run mkdir -p "$UNIT_DIR"
  run cp "$SKILL_DIR/assets/restic-nightly.service" "$UNIT_DIR/"
  run cp "$SKILL_DIR/assets/restic-nightly.timer" "$UNIT_DIR/"
  run systemctl --user daemon-reload
  run systemctl --user enable --now restic-nightly.timer
  echo "Timer installed. Check with: systemctl --user list-timers restic-nightly.timer"
else
  LINE="30 2 * * * $CONF_DIR/backup.sh >> $CONF_DIR/last-run.log 2>&1 # restic-nightly"
  echo "systemd user session not available. Proposed crontab entry:"
  echo "  $LINE"
  if [[ $DRY_RUN -eq 1 ]]; then
    exit 0
  fi
  read -r -p "Add this line to your crontab? [y/N] " answer
  if [[ "$answer" =~ ^[Yy]$ ]]; then
    ( crontab -l 2>/dev/null | grep -v '# restic-nightly$' || true; echo "$LINE" ) | crontab -
    echo "Crontab updated."
  else
    echo "Skipped. You can add it later with: crontab -e"
  fi
fi
