#!/usr/bin/env bash
# Print a Markdown digest of open PRs for OWNER/REPO.
set -euo pipefail

repo="${1:?usage: pr_summary.sh OWNER/REPO [--stale DAYS]}"
stale_days=0
if [[ "${2:-}" == "--stale" ]]; then stale_days="${3:-7}"; fi

: "${GITHUB_TOKEN:?GITHUB_TOKEN is not set}"
api="https://api.github.com"
hdr=(-H "Authorization: Bearer ${GITHUB_TOKEN}" -H "Accept: application/vnd.github+json" -H "X-GitHub-Api-Version: 2022-11-28")

prs=$(curl -fsS "${hdr[@]}" "${api}/repos/${repo}/pulls?state=open&per_page=50")

now=$(date +%s)
echo "| # | Title | Author | Updated | CI |"
echo "|---|-------|--------|---------|----|"
echo "$prs" | jq -c '.[]' | while read -r pr; do
  num=$(jq -r '.number' <<<"$pr")
  title=$(jq -r '.title' <<<"$pr" | cut -c1-60)
  author=$(jq -r '.user.login' <<<"$pr")
  updated=$(jq -r '.updated_at' <<<"$pr")
  sha=$(jq -r '.head.sha' <<<"$pr")
  age_days=$(( (now - $(date -d "$updated" +%s)) / 86400 ))
  if (( stale_days > 0 && age_days < stale_days )); then continue; fi
  state=$(curl -fsS "${hdr[@]}" "${api}/repos/${repo}/commits/${sha}/status" | jq -r '.state')
  echo "| ${num} | ${title} | @${author} | ${age_days}d ago | ${state} |"
done
