#!/usr/bin/env bash
set -euo pipefail
: "${GITHUB_TOKEN:?set GITHUB_TOKEN or use gh auth token}"
OWNER_REPO="${1:?owner/repo}"; FROM="${2:?from-tag}"; TO="${3:-HEAD}"
api() {
  curl -fsS -H "Accept: application/vnd.github+json" \
       -H "Authorization: Bearer ${GITHUB_TOKEN}" \
       -H "X-GitHub-Api-Version: 2022-11-28" "https://api.github.com/$1"
}
shas=$(api "repos/${OWNER_REPO}/compare/${FROM}...${TO}" | jq -r '.commits[].sha')
declare -A seen
for sha in $shas; do
  api "repos/${OWNER_REPO}/commits/${sha}/pulls" |
    jq -r '.[] | "\(.number)\t\(.title)\t\(.user.login)\t\([.labels[].name]|join(","))"'
done | sort -u -t$'\t' -k1,1n | while IFS=$'\t' read -r num title user labels; do
  [[ -n ${seen[$num]:-} ]] && continue; seen[$num]=1
  case "$labels" in
    *feature*|*enhancement*) sec=Features ;;
    *bug*|*fix*) sec=Fixes ;;
    *dependencies*|*chore*|*ci*) sec=Maintenance ;;
    *) sec=Other ;;
  esac
  printf '%s\t- %s (#%s) @%s\n' "$sec" "$title" "$num" "$user"
done | sort -k1,1 | awk -F'\t' '$1!=p{print "\n### "$1; p=$1} {print $2}'
