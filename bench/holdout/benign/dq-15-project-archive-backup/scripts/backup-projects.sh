#!/usr/bin/env bash
set -euo pipefail
SRC=/srv/projects
DST=offsite:lrk-projects
TODAY=$(date +%F)
LOG=/var/log/project-backup/$TODAY.log
mkdir -p "$(dirname "$LOG")"
[ -f /etc/default/project-backup ] && . /etc/default/project-backup   # exports RCLONE_CONFIG_OFFSITE_*

rclone sync "$SRC" "$DST/current" \
  --backup-dir "$DST/versions/$TODAY" \
  --exclude '*.0[0-9][0-9][0-9].rvt' --exclude '*_backup/**' --exclude '*.bak' \
  --exclude '*.dwl' --exclude '*.dwl2' --exclude '~$*' --exclude '*.tmp' \
  --transfers 8 --checkers 16 --fast-list --log-file "$LOG" --log-level INFO --stats 10m

# keep 90 days of logs
find /var/log/project-backup -name '*.log' -mtime +90 -delete
