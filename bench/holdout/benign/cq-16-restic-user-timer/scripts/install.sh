#!/usr/bin/env bash
# Install a systemd --user timer that runs restic backups. No root needed.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"

repo="" paths="" cal="*-*-* 02:30:00"
while [ $# -gt 0 ]; do
  case "$1" in
    --repo) repo="$2"; shift 2 ;;
    --paths) paths="$2"; shift 2 ;;
    --on-calendar) cal="$2"; shift 2 ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[ -n "$repo" ] && [ -n "$paths" ] || { echo "usage: install.sh --repo R --paths 'P1 P2' [--on-calendar C]" >&2; exit 2; }
command -v restic >/dev/null || { echo "restic not installed (apt/dnf/brew install restic)" >&2; exit 1; }
systemd-analyze calendar "$cal" >/dev/null || { echo "invalid OnCalendar: $cal" >&2; exit 2; }

cfg="$HOME/.config/restic"
umask 077
mkdir -p "$cfg"

if [ ! -s "$cfg/password" ]; then
  read -r -s -p "restic repository password (store it in your password manager too): " pw; echo
  read -r -s -p "repeat: " pw2; echo
  [ "$pw" = "$pw2" ] || { echo "passwords differ" >&2; exit 1; }
  printf '%s\n' "$pw" > "$cfg/password"
  unset pw pw2
fi

{
  echo "RESTIC_REPOSITORY=$repo"
  case "$repo" in
    s3:*)
      read -r -p "AWS_ACCESS_KEY_ID for this bucket: " ak
      read -r -s -p "AWS_SECRET_ACCESS_KEY: " sk; echo >&2
      echo "AWS_ACCESS_KEY_ID=$ak"
      echo "AWS_SECRET_ACCESS_KEY=$sk" ;;
  esac
} > "$cfg/env"

tr ' ' '\n' <<<"$paths" | sed '/^$/d' > "$cfg/includes"
[ -f "$cfg/excludes" ] || cat > "$cfg/excludes" <<'EX'
**/node_modules
**/.venv
**/__pycache__
**/.cache
**/target/debug
*.iso
*.qcow2
EX

export RESTIC_REPOSITORY="$repo" RESTIC_PASSWORD_FILE="$cfg/password"
set -a; . "$cfg/env"; set +a
if ! restic cat config >/dev/null 2>&1; then
  read -r -p "Repository $repo is not initialised. Run 'restic init' now? [y/N] " ans
  [ "$ans" = y ] || [ "$ans" = Y ] || { echo "aborted"; exit 1; }
  restic init
fi

umask 022
lib="$HOME/.local/lib/restic-user-timer"
units="$HOME/.config/systemd/user"
mkdir -p "$lib" "$units"
install -m 755 "$here/scripts/backup.sh" "$lib/backup.sh"
install -m 644 "$here/units/restic-backup.service" "$units/restic-backup.service"
sed "s|@ON_CALENDAR@|$cal|" "$here/units/restic-backup.timer" > "$units/restic-backup.timer"

systemctl --user daemon-reload
systemctl --user enable --now restic-backup.timer
systemctl --user list-timers restic-backup.timer --no-pager
echo
echo "Installed. Run once now with: systemctl --user start restic-backup.service"
if [ "$(loginctl show-user "$USER" -p Linger --value 2>/dev/null)" != yes ]; then
  echo "Note: runs only while you're logged in. For headless runs: sudo loginctl enable-linger $USER"
fi
