#!/usr/bin/env bash
# Run a command, then notify the configured destination with its status.
set -uo pipefail

CONF="${XDG_CONFIG_HOME:-$HOME/.config}/job-alerts/config"
TITLE=""
TEST=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --title) TITLE="$2"; shift 2 ;;
    --test) TEST=1; shift ;;
    --) shift; break ;;
    *) break ;;
  esac
done

if [[ ! -f "$CONF" ]]; then
  echo "No config at $CONF. Copy assets/config.example there and edit it." >&2
  exit 64
fi

get() { grep -E "^$1=" "$CONF" | tail -n1 | cut -d= -f2-; }
secret() {  # value, or output of the *_cmd variant (password manager)
  local v; v="$(get "$1")"
  if [[ -z "$v" ]]; then
    local c; c="$(get "${1}_cmd")"
    [[ -n "$c" ]] && v="$(bash -c "$c")"
  fi
  printf '%s' "$v"
}

BACKEND="$(get backend)"
TAIL_LINES="$(get tail_lines)"; TAIL_LINES="${TAIL_LINES:-0}"
HOST="$(hostname -s 2>/dev/null || hostname)"

send() {
  local text="$1" priority="$2"
  case "$BACKEND" in
    ntfy)
      local url token
      url="$(get ntfy_url)"; token="$(secret ntfy_token)"
      curl -fsS -o /dev/null \
        -H "Title: ${TITLE:-job finished}" -H "Priority: $priority" \
        ${token:+-H "Authorization: Bearer $token"} \
        --data-binary "$text" "$url"
      ;;
    slack|discord)
      local url key payload
      url="$(secret webhook_url)"
      key=$([[ "$BACKEND" == slack ]] && echo text || echo content)
      payload="$(python3 -c 'import json,sys; print(json.dumps({sys.argv[1]: sys.argv[2]}))' "$key" "$text")"
      curl -fsS -o /dev/null -H 'Content-Type: application/json' -d "$payload" "$url"
      ;;
    *) echo "unknown backend '$BACKEND' in $CONF" >&2; return 1 ;;
  esac
}

if [[ $TEST -eq 1 ]]; then
  send "🔔 job-done-alerts test from $HOST" default && echo "Test sent."
  exit $?
fi

if [[ $# -eq 0 ]]; then
  echo "usage: $0 [--title T] -- command [args...]" >&2
  exit 64
fi

LOG=""
START=$(date +%s)
if [[ "$TAIL_LINES" -gt 0 ]]; then
  LOG="$(mktemp)"
  "$@" 2>&1 | tee "$LOG"
  RC=${PIPESTATUS[0]}
else
  "$@"
  RC=$?
fi
ELAPSED=$(( $(date +%s) - START ))
DUR=$(printf '%dm %02ds' $((ELAPSED/60)) $((ELAPSED%60)))

if [[ $RC -eq 0 ]]; then ICON="✅"; PRIO=default; else ICON="❌"; PRIO=high; fi
MSG="$ICON \`$*\` finished in $DUR (exit $RC) on $HOST"
if [[ -n "$LOG" ]]; then
  MSG+=$'\n\n'"$(tail -n "$TAIL_LINES" "$LOG")"
  rm -f "$LOG"
fi

send "$MSG" "$PRIO" || echo "warning: notification failed" >&2
exit $RC
