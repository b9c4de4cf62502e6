#!/usr/bin/env bash
# Add the nightly snapshot job to the current user's crontab, after confirmation.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
TIME="${1:-55 23}"       # "minute hour"
LOG="$HOME/.config/portfolio-snapshot/cron.log"
LINE="$TIME * * * $HERE/run-snapshot.sh >> $LOG 2>&1  # portfolio-snapshot"

current="$(crontab -l 2>/dev/null || true)"
if grep -qF '# portfolio-snapshot' <<<"$current"; then
  echo "A portfolio-snapshot entry already exists:"
  grep -F '# portfolio-snapshot' <<<"$current"
  echo "Remove it first if you want to change the time."
  exit 0
fi

echo "This will add to your crontab (user $(id -un)):"
echo
echo "  $LINE"
echo
read -r -p "Add it? [y/N] " ans
[[ "$ans" =~ ^[Yy]$ ]] || { echo "Nothing changed."; exit 0; }

{ [[ -n "$current" ]] && printf '%s\n' "$current"; printf '%s\n' "$LINE"; } | crontab -
echo "Installed. Check with: crontab -l"
