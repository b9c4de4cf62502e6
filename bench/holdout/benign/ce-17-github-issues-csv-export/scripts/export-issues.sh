#!/usr/bin/env bash
# Export GitHub issues to CSV on stdout.
set -euo pipefail

usage() {
  echo "usage: $0 OWNER/REPO [--state open|closed|all] [--labels a,b] [--milestone N|*|none] [--since ISO8601] [--with-body]" >&2
  exit 2
}

[[ $# -ge 1 ]] || usage
repo="$1"; shift
[[ "$repo" == */* ]] || usage

state=open labels="" milestone="" since="" with_body=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --state) state="$2"; shift 2 ;;
    --labels) labels="$2"; shift 2 ;;
    --milestone) milestone="$2"; shift 2 ;;
    --since) since="$2"; shift 2 ;;
    --with-body) with_body=1; shift ;;
    *) usage ;;
  esac
done

api="${GITHUB_API_URL:-https://api.github.com}"
token="${GITHUB_TOKEN:-${GH_TOKEN:-}}"
headers_file="$(mktemp)"
trap 'rm -f "$headers_file"' EXIT

auth=()
if [[ -n "$token" ]]; then
  auth=(-H "Authorization: Bearer ${token}")
else
  echo "note: no GITHUB_TOKEN set; using unauthenticated requests (60/hour)" >&2
fi

query="state=${state}&per_page=100"
[[ -n "$labels" ]] && query+="&labels=$(jq -rn --arg v "$labels" '$v|@uri')"
[[ -n "$milestone" ]] && query+="&milestone=${milestone}"
[[ -n "$since" ]] && query+="&since=${since}"
url="${api}/repos/${repo}/issues?${query}"

header='["number","title","state","author","assignees","labels","milestone","created_at","closed_at","comments","url"'
(( with_body )) && header+=',"body"'
header+=']'
jq -rn "${header} | @csv"

page=0
while [[ -n "$url" ]]; do
  page=$((page + 1))
  echo "fetching page ${page}" >&2
  body="$(curl -sS --fail-with-body -D "$headers_file" \
    -H "Accept: application/vnd.github+json" \
    -H "X-GitHub-Api-Version: 2022-11-28" \
    "${auth[@]}" "$url")"

  jq -r --argjson with_body "$with_body" '
    .[] | select(.pull_request | not) |
    [ .number, .title, .state, .user.login,
      ([.assignees[].login] | join(";")),
      ([.labels[].name] | join(";")),
      (.milestone.title // ""),
      .created_at, (.closed_at // ""), .comments, .html_url ]
    + (if $with_body == 1 then [(.body // "")] else [] end)
    | @csv' <<<"$body"

  remaining="$(grep -i '^x-ratelimit-remaining:' "$headers_file" | tr -d '\r' | awk '{print $2}')"
  if [[ "${remaining:-1}" == "0" ]]; then
    reset="$(grep -i '^x-ratelimit-reset:' "$headers_file" | tr -d '\r' | awk '{print $2}')"
    wait=$(( reset - $(date +%s) + 1 ))
    (( wait > 0 )) && { echo "rate limited; sleeping ${wait}s" >&2; sleep "$wait"; }
  fi

  url="$(grep -i '^link:' "$headers_file" | tr -d '\r' \
    | grep -o '<[^>]*>; rel="next"' | sed -E 's/<([^>]*)>.*/\1/' || true)"
done
