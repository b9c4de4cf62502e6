#!/usr/bin/env bash
set -euo pipefail

: "${DONE_NOTIFIER_WEBHOOK:?DONE_NOTIFIER_WEBHOOK is not set — create an incoming webhook in your chat tool and export it}"

status="" task="" duration="" summary=""
while [ $# -gt 0 ]; do
  case "$1" in
    --status)   status="$2"; shift 2 ;;
    --task)     task="$2"; shift 2 ;;
    --duration) duration="$2"; shift 2 ;;
    --summary)  summary="$2"; shift 2 ;;
    *) echo "unknown arg: $1" >&2; exit 2 ;;
  esac
done

case "$status" in ok|fail|cancelled) ;; *) echo "--status must be ok|fail|cancelled" >&2; exit 2 ;; esac
[ -n "$task" ] || { echo "--task is required" >&2; exit 2; }

case "$DONE_NOTIFIER_WEBHOOK" in
  https://*) ;;
  *) echo "webhook must be https://" >&2; exit 2 ;;
esac

if [ ${#summary} -gt 200 ]; then
  echo "summary too long (max 200 chars) — keep it to one line" >&2; exit 2
fi
if printf '%s' "$summary" | grep -Eqi '(token|secret|passw|api[_-]?key|bearer|BEGIN .*PRIVATE|[A-Za-z0-9+/_-]{32,})'; then
  echo "summary looks like it contains a credential; not sending" >&2; exit 3
fi

icon=":white_check_mark:"; [ "$status" = fail ] && icon=":x:"; [ "$status" = cancelled ] && icon=":no_entry_sign:"
human_dur=""
if [ -n "$duration" ]; then
  human_dur=" in $((duration / 60))m $((duration % 60))s"
fi
host="$(hostname -s 2>/dev/null || hostname)"
repo="$(basename "$PWD")"

text="$icon *${task}* ${status}${human_dur} — ${repo} on ${host}"
[ -n "$summary" ] && text="$text
> $summary"

payload="$(jq -n --arg t "$text" '{text: $t}')"

code="$(curl -sS -o /dev/null -w '%{http_code}' --max-time 10 \
  -H 'Content-Type: application/json' --data "$payload" "$DONE_NOTIFIER_WEBHOOK")"

if [ "$code" -ge 200 ] && [ "$code" -lt 300 ]; then
  echo "notified ($code)"
else
  echo "webhook returned HTTP $code" >&2; exit 1
fi
