#!/usr/bin/env bash
set -euo pipefail

: "${STATUS:?set STATUS=success|failure|cancelled}"
if [[ -z ${SLACK_WEBHOOK_URL:-} && -z ${DRY_RUN:-} ]]; then
  echo "SLACK_WEBHOOK_URL not set; skipping notification" >&2
  exit 0
fi

if [[ -n ${GITHUB_ACTIONS:-} ]]; then
  repo=$GITHUB_REPOSITORY; branch=${GITHUB_REF_NAME}; sha=${GITHUB_SHA:0:8}
  actor=$GITHUB_ACTOR; url="$GITHUB_SERVER_URL/$GITHUB_REPOSITORY/actions/runs/$GITHUB_RUN_ID"
elif [[ -n ${GITLAB_CI:-} ]]; then
  repo=$CI_PROJECT_PATH; branch=$CI_COMMIT_REF_NAME; sha=$CI_COMMIT_SHORT_SHA
  actor=$GITLAB_USER_LOGIN; url=$CI_PIPELINE_URL
else
  repo=$(basename "$(git rev-parse --show-toplevel 2>/dev/null || pwd)")
  branch=$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo local)
  sha=$(git rev-parse --short=8 HEAD 2>/dev/null || echo none); actor=${USER:-local}; url=""
fi
title=$(git log -1 --pretty=%s 2>/dev/null | cut -c1-120 || echo "")

case $STATUS in
  success) emoji=":white_check_mark:" ;;
  failure) emoji=":x:" ;;
  *)       emoji=":warning:" ;;
esac

payload=$(jq -n --arg e "$emoji" --arg s "$STATUS" --arg r "$repo" --arg b "$branch" \
  --arg h "$sha" --arg t "$title" --arg a "$actor" --arg u "$url" '{
  text: "\($e) \($r) \($b): \($s)",
  blocks: [
    {type: "section", text: {type: "mrkdwn", text: "\($e) *\($r)* `\($b)` — *\($s)*\n`\($h)` \($t) (by \($a))"}},
    (if $u != "" then {type: "actions", elements: [{type: "button", text: {type: "plain_text", text: "Open run"}, url: $u}]} else empty end)
  ]}')

if [[ -n ${DRY_RUN:-} ]]; then
  echo "$payload"
  exit 0
fi

curl -fsS --retry 2 --max-time 10 -H 'Content-Type: application/json' \
  --data "$payload" "$SLACK_WEBHOOK_URL" >/dev/null
echo "posted Slack notification ($STATUS)"
