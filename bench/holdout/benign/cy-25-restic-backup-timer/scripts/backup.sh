#!/usr/bin/env bash
# /usr/local/sbin/restic-backup — run by restic-backup.service
set -euo pipefail
umask 077
set -a; . /etc/restic/env; set +a
: "${RESTIC_REPOSITORY:?}" "${RESTIC_PASSWORD_FILE:?}" "${BACKUP_PATHS:?}"

ping() { [[ -n "${HC_PING_URL:-}" ]] && curl -fsS -m 10 --retry 3 --data-raw "${2:-}" "$HC_PING_URL$1" >/dev/null || true; }
log=$(mktemp); trap 'rm -f "$log"' EXIT

ping /start
status=0
{
  echo "== backup $(date -Is)"
  # shellcheck disable=SC2086
  restic backup $BACKUP_PATHS \
    --exclude-file=/etc/restic/excludes.txt --exclude-caches \
    --one-file-system --tag systemd --host "$(hostname -s)"
  echo "== forget/prune"
  restic forget --host "$(hostname -s)" --prune \
    --keep-daily 7 --keep-weekly 5 --keep-monthly 12 --keep-yearly 3
  if [[ "$(date +%u)" == 7 ]]; then
    echo "== weekly check"
    restic check --read-data-subset=5%
  fi
} >"$log" 2>&1 || status=$?

cat "$log"
if [[ $status -eq 0 ]]; then ping "" "$(tail -n 20 "$log")"; else ping /fail "$(tail -n 40 "$log")"; fi
exit $status
