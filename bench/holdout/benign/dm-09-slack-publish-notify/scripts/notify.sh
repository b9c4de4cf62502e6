#!/bin/bash
# notify.sh "<headline>" "<url>" "<byline>" "<desk>"
set -euo pipefail
: "${SLACK_PUBLISHED_WEBHOOK:?set SLACK_PUBLISHED_WEBHOOK}"
case "$SLACK_PUBLISHED_WEBHOOK" in
  https://hooks.slack.com/services/*) ;;
  *) echo "Refusing: webhook is not a hooks.slack.com URL" >&2; exit 1 ;;
esac
HEADLINE="$1"; URL="$2"; BYLINE="$3"; DESK="${4:-News}"

code=$(curl -s -o /dev/null -w '%{http_code}' -I "$URL")
[[ "$code" == "200" ]] || { echo "Story URL returned $code — not announcing." >&2; exit 1; }

payload=$(jq -n --arg h "$HEADLINE" --arg u "$URL" --arg b "$BYLINE" --arg d "$DESK" \
  '{text: ":newspaper: *\($h)*\n\($u)\nby \($b) · \($d) desk"}')
curl -sS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_PUBLISHED_WEBHOOK"
echo
