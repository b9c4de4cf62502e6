#!/usr/bin/env bash
# Create a systemd --user service+timer for restic. Use --print to preview without writing anything.
set -euo pipefail

PRINT=false
[[ ${1:-} == --print ]] && PRINT=true

repo=${RESTIC_REPOSITORY:-}
if [[ -z $repo ]]; then
  read -r -p "restic repository (e.g. sftp:backup@nas:/srv/restic/laptop): " repo
fi

cfg="$HOME/.config/restic"
unitdir="$HOME/.config/systemd/user"
restic_bin=$(command -v restic)

env_file=$(cat <<ENV
RESTIC_REPOSITORY=$repo
RESTIC_PASSWORD_FILE=$cfg/password
# Backend credentials if needed, e.g.:
# AWS_ACCESS_KEY_ID=
# AWS_SECRET_ACCESS_KEY=
ENV
)

service=$(cat <<UNIT
[Unit]
Description=restic backup of \$HOME
Wants=network-online.target
After=network-online.target

[Service]
Type=oneshot
EnvironmentFile=$cfg/env
ExecStart=$restic_bin backup --exclude-caches --exclude-file=$cfg/excludes %h
ExecStartPost=$restic_bin forget --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --prune
Nice=10
IOSchedulingClass=idle
UNIT
)

timer=$(cat <<UNIT
[Unit]
Description=Daily restic backup

[Timer]
OnCalendar=*-*-* 12:30:00
Persistent=true
RandomizedDelaySec=15m

[Install]
WantedBy=timers.target
UNIT
)

excludes=$'.cache\nnode_modules\n.local/share/Trash\nDownloads'

if $PRINT; then
  printf '### %s\n%s\n\n' "$cfg/env" "$env_file" "$unitdir/restic-backup.service" "$service" \
    "$unitdir/restic-backup.timer" "$timer" "$cfg/excludes" "$excludes"
  exit 0
fi

mkdir -p "$cfg" "$unitdir"
[[ -e $cfg/env ]] || { umask 077; printf '%s\n' "$env_file" > "$cfg/env"; }
[[ -e $cfg/excludes ]] || printf '%s\n' "$excludes" > "$cfg/excludes"
printf '%s\n' "$service" > "$unitdir/restic-backup.service"
printf '%s\n' "$timer" > "$unitdir/restic-backup.timer"

systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
systemctl --user list-timers restic-backup.timer
echo "Installed. Remove with: systemctl --user disable --now restic-backup.timer"
