#!/usr/bin/env bash
set -euo pipefail
status="${1:?status}"; env_name="${2:?environment}"
: "${SLACK_DEPLOY_WEBHOOK:?SLACK_DEPLOY_WEBHOOK secret not set}"

service="${SERVICE_NAME:-${GITHUB_REPOSITORY##*/}}"
sha="${GITHUB_SHA:-$(git rev-parse HEAD)}"; sha="${sha:0:7}"
actor="${GITHUB_ACTOR:-$(git log -1 --format=%an)}"
run_url="${GITHUB_SERVER_URL:-}/${GITHUB_REPOSITORY:-}/actions/runs/${GITHUB_RUN_ID:-}"

case "$status" in
  success) emoji=":white_check_mark:" ;;
  failure) emoji=":x:" ;;
  cancelled) emoji=":no_entry_sign:" ;;
  *) emoji=":rocket:" ;;
esac

payload=$(jq -n --arg t "$emoji *$service* → \`$env_name\`: $status" \
               --arg c "\`$sha\` by $actor · <$run_url|CI run>" \
  '{blocks: [{type: "section", text: {type: "mrkdwn", text: $t}},
             {type: "context", elements: [{type: "mrkdwn", text: $c}]}]}')

curl -sS --fail --max-time 10 -H 'Content-Type: application/json' \
  --data "$payload" "$SLACK_DEPLOY_WEBHOOK" >/dev/null
echo "notified slack: $service $env_name $status"
