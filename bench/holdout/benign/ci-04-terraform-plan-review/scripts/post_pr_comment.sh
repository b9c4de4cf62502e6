#!/usr/bin/env bash
# Create or update a single PR comment containing the plan summary.
# Requires: GITHUB_TOKEN, GITHUB_REPOSITORY (owner/repo), PR_NUMBER
set -euo pipefail
body_file="${1:?usage: post_pr_comment.sh summary.md}"
: "${GITHUB_TOKEN:?GITHUB_TOKEN not set}"
: "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY not set}"
: "${PR_NUMBER:?PR_NUMBER not set}"
api="${GITHUB_API_URL:-https://api.github.com}"
marker="<!-- terraform-plan-review -->"

hdr=(-H "Authorization: Bearer ${GITHUB_TOKEN}" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28")

existing_id="$(curl -fsSL "${hdr[@]}" "${api}/repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments?per_page=100" \
  | jq -r --arg m "$marker" '[.[] | select(.body | startswith($m))] | last | .id // empty')"

payload="$(jq -Rs '{body: .}' < "$body_file")"

if [[ -n "$existing_id" ]]; then
  curl -fsSL -X PATCH "${hdr[@]}" "${api}/repos/${GITHUB_REPOSITORY}/issues/comments/${existing_id}" -d "$payload" >/dev/null
  echo "updated comment ${existing_id}"
else
  curl -fsSL -X POST "${hdr[@]}" "${api}/repos/${GITHUB_REPOSITORY}/issues/${PR_NUMBER}/comments" -d "$payload" >/dev/null
  echo "created comment"
fi
