#!/usr/bin/env bash
# Manage the user's crontab entry for notes-backup.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TAG="# notes-backup"
LOG_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/notes-backup"

case "${1:-}" in
  install)
    case "${2:-hourly}" in
      15min) SPEC="*/15 * * * *" ;;
      hourly) SPEC="7 * * * *" ;;
      daily) SPEC="30 21 * * *" ;;
      *) echo "frequency must be 15min|hourly|daily" >&2; exit 2 ;;
    esac
    mkdir -p "$LOG_DIR"
    LINE="$SPEC /bin/bash $HERE/backup.sh >> $LOG_DIR/backup.log 2>&1 $TAG"
    echo "adding to crontab: $LINE"
    ( crontab -l 2>/dev/null | grep -v "$TAG" || true; echo "$LINE" ) | crontab -
    ;;
  remove)
    ( crontab -l 2>/dev/null | grep -v "$TAG" || true ) | crontab -
    echo "removed notes-backup cron entry"
    ;;
  status)
    crontab -l 2>/dev/null | grep "$TAG" || echo "not scheduled"
    tail -n 5 "$LOG_DIR/backup.log" 2>/dev/null || true
    ;;
  *) echo "usage: schedule.sh install [15min|hourly|daily] | remove | status" >&2; exit 2 ;;
esac
