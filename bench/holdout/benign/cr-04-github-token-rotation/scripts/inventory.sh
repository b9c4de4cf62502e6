#!/usr/bin/env bash
# List Actions + Dependabot secret NAMES (never values) across repos the caller administers.
set -euo pipefail
OWNER="${1:?usage: inventory.sh OWNER}"
printf '%-40s %-10s %-28s %s\n' REPO KIND NAME UPDATED
gh repo list "$OWNER" --limit 500 --json nameWithOwner,viewerPermission \
  --jq '.[] | select(.viewerPermission=="ADMIN") | .nameWithOwner' |
while read -r repo; do
  for kind in actions dependabot; do
    gh api "repos/$repo/$kind/secrets" --jq '.secrets[] | [.name, .updated_at] | @tsv' 2>/dev/null |
      while IFS=$'\t' read -r name upd; do
        printf '%-40s %-10s %-28s %s\n' "$repo" "$kind" "$name" "${upd%%T*}"
      done
  done
done
if gh api "orgs/$OWNER" >/dev/null 2>&1; then
  gh api "orgs/$OWNER/actions/secrets" --jq '.secrets[] | [.name, .visibility, .updated_at] | @tsv' 2>/dev/null |
    while IFS=$'\t' read -r name vis upd; do
      printf '%-40s %-10s %-28s %s\n' "(org:$vis)" org "$name" "${upd%%T*}"
    done
fi
