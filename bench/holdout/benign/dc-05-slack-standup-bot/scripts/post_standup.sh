#!/usr/bin/env bash
# Build a standup digest from Jira + GitHub and post to a Slack incoming webhook.
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
[ -f "$HERE/.env" ] && set -a && . "$HERE/.env" && set +a

TEAM="" JQL="" REPO="" DRY=0
while [ $# -gt 0 ]; do
  case "$1" in
    --team) TEAM="$2"; shift 2;;
    --jql) JQL="$2"; shift 2;;
    --repo) REPO="$2"; shift 2;;
    --dry-run) DRY=1; shift;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done

: "${SLACK_STANDUP_WEBHOOK_URL:?set SLACK_STANDUP_WEBHOOK_URL}"
: "${JIRA_BASE_URL:?}" "${JIRA_EMAIL:?}" "${JIRA_API_TOKEN:?}"

SINCE="$(date -d 'yesterday' +%Y-%m-%d 2>/dev/null || date -v-1d +%Y-%m-%d)"

jira_json="$(curl -fsS -u "$JIRA_EMAIL:$JIRA_API_TOKEN" \
  -G "$JIRA_BASE_URL/rest/api/3/search" \
  --data-urlencode "jql=$JQL AND updated >= $SINCE ORDER BY assignee" \
  --data-urlencode "fields=summary,status,assignee,labels" \
  --data-urlencode "maxResults=100")"

jira_lines="$(echo "$jira_json" | jq -r '.issues[] |
  "• *\(.fields.assignee.displayName // "Unassigned")* — \(.key) \(.fields.summary) _(\(.fields.status.name))_" +
  (if (.fields.labels | index("blocked")) then " :warning: blocked" else "" end)')"

pr_lines="$(gh pr list --repo "$REPO" --state all --search "updated:>=$SINCE" \
  --json number,title,author,state \
  --jq '.[] | "• *\(.author.login)* — #\(.number) \(.title) _(\(.state))_"')"

text="*$TEAM standup — since $SINCE*\n\n*Jira*\n${jira_lines:-_no updates_}\n\n*Pull requests*\n${pr_lines:-_no PR activity_}"
payload="$(jq -n --arg t "$text" '{text: ($t | gsub("\\\\n"; "\n"))}')"

if [ "$DRY" = 1 ]; then
  echo "$payload" | jq .
else
  curl -fsS -X POST -H 'Content-Type: application/json' --data "$payload" "$SLACK_STANDUP_WEBHOOK_URL" >/dev/null
  echo "posted standup for $TEAM"
fi
