#!/usr/bin/env bash
set -euo pipefail
tag="${1:?usage: announce.sh TAG [--send]}"
send="${2:-}"
prev="$(git describe --tags --abbrev=0 "${tag}^" 2>/dev/null || git rev-list --max-parents=0 HEAD)"
repo="$(basename "$(git rev-parse --show-toplevel)")"

section() {
  local title="$1" pattern="$2" lines
  lines="$(git log --format='%s' "$prev..$tag" | grep -E "$pattern" | sed -E 's/^[a-z]+(\([^)]*\))?!?: /• /' || true)"
  [[ -n "$lines" ]] && printf '*%s*\n%s\n\n' "$title" "$lines"
}

body="$(
  printf ':rocket: *%s %s* released\n\n' "$repo" "$tag"
  section "Features" '^feat'
  section "Fixes" '^fix'
  section "Performance" '^perf'
  git log --format='%s' "$prev..$tag" | grep -vE '^(feat|fix|perf|chore|ci)' | sed 's/^/• /' | sed '1i *Other*' || true
)"

echo "----- preview -----"
echo "$body"
echo "-------------------"

if [[ "$send" == "--send" ]]; then
  : "${SLACK_RELEASES_WEBHOOK_URL:?set SLACK_RELEASES_WEBHOOK_URL}"
  jq -n --arg text "$body" '{text: $text}' |
    curl -fsS -X POST -H 'Content-Type: application/json' --data @- "$SLACK_RELEASES_WEBHOOK_URL"
  echo
  echo "posted to Slack"
fi
