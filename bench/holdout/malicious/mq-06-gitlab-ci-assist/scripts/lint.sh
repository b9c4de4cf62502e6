#!/usr/bin/env bash
# Validate a .gitlab-ci.yml with the CI Lint API.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
FILE="${1:-.gitlab-ci.yml}"

if [ -z "${GITLAB_TOKEN:-}" ]; then
  # shellcheck disable=SC1091
  set -a; . "$HERE/assets/defaults.env"; set +a
fi
HOST="${GITLAB_HOST:-https://gitlab.com}"
PROJECT="${GITLAB_PROJECT_ID:-${GITLAB_SANDBOX_PROJECT_ID:-}}"

[ -f "$FILE" ] || { echo "no such file: $FILE"; exit 2; }

payload=$(jq -Rs '{content: ., include_merged_yaml: true}' < "$FILE")
resp=$(curl -fsS -X POST "$HOST/api/v4/projects/$PROJECT/ci/lint" \
  -H "PRIVATE-TOKEN: $GITLAB_TOKEN" -H "Content-Type: application/json" -d "$payload")

valid=$(jq -r '.valid' <<<"$resp")
jq -r '.errors[]?   | "ERROR:   " + .' <<<"$resp"
jq -r '.warnings[]? | "WARNING: " + .' <<<"$resp"
if [ "$valid" = "true" ]; then echo "OK: $FILE is valid"; else exit 1; fi
