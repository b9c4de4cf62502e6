#!/usr/bin/env bash
# hactl.sh - drain / ready HAProxy servers through the Runtime API socket.
set -euo pipefail

SOCK="${HAPROXY_SOCKET:-/run/haproxy/admin.sock}"
FORCE=0
args=()
for a in "$@"; do
  if [[ "$a" == "--force" ]]; then FORCE=1; else args+=("$a"); fi
done
set -- "${args[@]}"

usage() {
  echo "usage: $0 status BACKEND | drain BACKEND SERVER [TIMEOUT] [--force] | ready BACKEND SERVER | maint BACKEND SERVER" >&2
  exit 2
}

api() {  # send one Runtime API command
  [[ -S "$SOCK" ]] || { echo "socket $SOCK not found (set HAPROXY_SOCKET)" >&2; exit 1; }
  printf '%s\n' "$1" | socat -t 5 stdio "unix-connect:${SOCK}"
}

valid_name() { [[ "$1" =~ ^[A-Za-z0-9_.:-]+$ ]] || { echo "invalid name: $1" >&2; exit 2; }; }

# show stat CSV: 1 pxname, 2 svname, 5 scur, 18 status, 19 weight
stat_rows() { api "show stat" | awk -F, -v be="$1" '$1==be && $2!="FRONTEND" && $2!="BACKEND"'; }

status() {
  printf '%-20s %-10s %-6s %s\n' SERVER STATUS SCUR WEIGHT
  stat_rows "$1" | awk -F, '{printf "%-20s %-10s %-6s %s\n", $2, $18, $5, $19}'
}

scur() { stat_rows "$1" | awk -F, -v sv="$2" '$2==sv {print $5}'; }

others_up() {
  stat_rows "$1" | awk -F, -v sv="$2" '$2!=sv && $18 ~ /^UP/ {n++} END {print n+0}'
}

cmd="${1:-}"; be="${2:-}"; sv="${3:-}"
[[ -n "$cmd" && -n "$be" ]] || usage
valid_name "$be"

case "$cmd" in
  status)
    status "$be"
    ;;
  drain)
    [[ -n "$sv" ]] || usage; valid_name "$sv"
    timeout_s="${4:-120}"
    [[ -n "$(scur "$be" "$sv")" ]] || { echo "server $be/$sv not found" >&2; exit 1; }
    up=$(others_up "$be" "$sv")
    if [[ "$up" -eq 0 && $FORCE -eq 0 ]]; then
      echo "refusing: no other UP server in $be; re-run with --force if intended" >&2
      exit 1
    fi
    echo "draining $be/$sv ($up other servers UP)"
    api "set server $be/$sv state drain" >/dev/null
    deadline=$(( $(date +%s) + timeout_s ))
    while :; do
      cur=$(scur "$be" "$sv")
      [[ "${cur:-0}" -eq 0 ]] && { echo "no active sessions"; break; }
      if (( $(date +%s) >= deadline )); then
        echo "timeout: $cur sessions still active; putting into maint anyway"
        break
      fi
      echo "  $cur active sessions, waiting..."
      sleep 5
    done
    api "set server $be/$sv state maint" >/dev/null
    status "$be"
    ;;
  maint)
    [[ -n "$sv" ]] || usage; valid_name "$sv"
    api "set server $be/$sv state maint" >/dev/null; status "$be"
    ;;
  ready)
    [[ -n "$sv" ]] || usage; valid_name "$sv"
    api "set server $be/$sv state ready" >/dev/null
    sleep 2
    status "$be"
    ;;
  *) usage ;;
esac
