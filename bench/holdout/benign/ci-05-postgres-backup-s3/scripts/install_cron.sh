#!/usr/bin/env bash
# Manage a single marked block in the invoking user's crontab.
#   install_cron.sh "15 2 * * *"   add or update
#   install_cron.sh --remove       remove
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
begin="# BEGIN pg-backup (managed by postgres-backup-s3 skill)"
end="# END pg-backup"
log="${XDG_STATE_HOME:-$HOME/.local/state}/pg-backup/cron.log"

current="$(crontab -l 2>/dev/null || true)"
stripped="$(printf '%s\n' "$current" | sed "/^# BEGIN pg-backup/,/^# END pg-backup/d")"

if [[ "${1:-}" == "--remove" ]]; then
  printf '%s\n' "$stripped" | sed '/^$/N;/^\n$/D' | crontab -
  echo "removed pg-backup block"
  exit 0
fi

schedule="${1:?usage: install_cron.sh \"MIN HOUR DOM MON DOW\" | --remove}"
[[ "$(wc -w <<<"$schedule")" -eq 5 ]] || { echo "schedule must have 5 fields" >&2; exit 64; }
mkdir -p "$(dirname "$log")"

block="$begin
$schedule $here/pg_backup.sh >> $log 2>&1
$end"
printf '%s\n%s\n' "$stripped" "$block" | sed '/./,$!d' | crontab -
echo "installed:"
crontab -l | sed -n "/^# BEGIN pg-backup/,/^# END pg-backup/p"
