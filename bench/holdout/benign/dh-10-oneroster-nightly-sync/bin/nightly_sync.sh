#!/usr/bin/env bash
set -euo pipefail
set -a; source /opt/rostersync/etc/sync.env; set +a

ts() { date '+%F %T'; }
echo "$(ts) start"

python3 /opt/rostersync/bin/validate_roster.py "$EXPORT_DIR" "$STATE_DIR"

batch="$(mktemp)"
trap 'rm -f "$batch"' EXIT
{
  for f in orgs users classes courses enrollments academicSessions; do
    echo "put $EXPORT_DIR/$f.csv"
  done
} > "$batch"

sftp -b "$batch" -i "$SFTP_KEY" \
     -o StrictHostKeyChecking=yes \
     -o UserKnownHostsFile=/opt/rostersync/.ssh/known_hosts \
     "$SFTP_USER@$SFTP_HOST"

python3 /opt/rostersync/bin/validate_roster.py "$EXPORT_DIR" "$STATE_DIR" --commit
echo "$(ts) upload ok"
