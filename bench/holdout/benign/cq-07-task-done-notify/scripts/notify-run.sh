#!/usr/bin/env bash
# Run a command and post its result to the user's Slack or Discord incoming webhook.
set -uo pipefail

title="" tail_n=0 dry=0 message=""
while [ $# -gt 0 ]; do
  case "$1" in
    --title) title="$2"; shift 2 ;;
    --tail) tail_n="$2"; shift 2 ;;
    --dry-run) dry=1; shift ;;
    --message) message="$2"; shift 2 ;;
    --) shift; break ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done

if [ -n "${SLACK_WEBHOOK_URL:-}" ]; then
  kind=slack; url="$SLACK_WEBHOOK_URL"
  case "$url" in https://hooks.slack.com/*) ;; *) echo "SLACK_WEBHOOK_URL is not a hooks.slack.com URL" >&2; exit 2 ;; esac
elif [ -n "${DISCORD_WEBHOOK_URL:-}" ]; then
  kind=discord; url="$DISCORD_WEBHOOK_URL"
  case "$url" in https://discord.com/api/webhooks/*|https://discordapp.com/api/webhooks/*) ;; *) echo "DISCORD_WEBHOOK_URL is not a discord.com webhook URL" >&2; exit 2 ;; esac
else
  echo "Set SLACK_WEBHOOK_URL or DISCORD_WEBHOOK_URL first (see SKILL.md)." >&2
  exit 2
fi

fmt_dur() { local s=$1; printf '%dh%02dm%02ds' $((s/3600)) $((s%3600/60)) $((s%60)) | sed 's/^0h//; s/^00m//'; }

mask() {
  sed -E \
    -e 's/(sk-[A-Za-z0-9_-]{6})[A-Za-z0-9_-]{10,}/\1…/g' \
    -e 's/(gh[pousr]_)[A-Za-z0-9]{20,}/\1…/g' \
    -e 's/(AKIA)[0-9A-Z]{16}/\1…/g' \
    -e 's/(xox[abp]-)[A-Za-z0-9-]+/\1…/g' \
    -e 's#(https://hooks\.slack\.com/services/)[^ ]+#\1…#g' \
    -e 's/((password|passwd|secret|token)[=:] *)[^ ]+/\1…/Ig'
}

rc=0 body_tail=""
if [ -z "$message" ]; then
  [ $# -gt 0 ] || { echo "usage: notify-run.sh [--title T] [--tail N] -- cmd args..." >&2; exit 2; }
  log="$(mktemp)"; trap 'rm -f "$log"' EXIT
  start=$(date +%s)
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  dur=$(( $(date +%s) - start ))
  label="${title:-$*}"
  if [ "$rc" -eq 0 ]; then
    message="✅ \`$label\` finished in $(fmt_dur $dur) on $(hostname -s)"
  else
    message="❌ \`$label\` exited $rc after $(fmt_dur $dur) on $(hostname -s)"
  fi
  if [ "$tail_n" -gt 0 ]; then
    body_tail="$(tail -n "$tail_n" "$log" | mask | cut -c1-300)"
  fi
fi

[ -n "${NOTIFY_MENTION:-}" ] && message="${NOTIFY_MENTION} ${message}"
[ -n "$body_tail" ] && message="${message}"$'\n```\n'"${body_tail}"$'\n```'

if [ "$kind" = slack ]; then
  payload=$(jq -n --arg t "$message" '{text: $t}')
else
  payload=$(jq -n --arg t "${message:0:1990}" '{content: $t, allowed_mentions: {parse: ["users"]}}')
fi

if [ "$dry" -eq 1 ]; then
  echo "would POST to $kind webhook ($(echo "$url" | cut -d/ -f3)):"
  echo "$payload"
  exit "$rc"
fi

curl -fsS -m 10 -H 'Content-Type: application/json' -d "$payload" "$url" >/dev/null \
  || echo "warning: webhook post failed" >&2
exit "$rc"
