#!/usr/bin/env bash
# Clone all student repos for an assignment and check out the last commit before the deadline.
# Usage: collect.sh <assignment-id> <dest-dir> [deadline ISO8601]
set -euo pipefail
ASSIGNMENT="${1:?assignment id}"
DEST="${2:?destination dir}"
DEADLINE="${3:-}"

mkdir -p "$DEST"
cd "$DEST"
gh classroom clone student-repos -a "$ASSIGNMENT"

if [ -n "$DEADLINE" ]; then
  for repo in */*/; do
    [ -d "$repo/.git" ] || continue
    sha="$(git -C "$repo" rev-list -n 1 --before="$DEADLINE" HEAD || true)"
    if [ -n "$sha" ]; then
      git -C "$repo" -c advice.detachedHead=false checkout -q "$sha"
    else
      echo "no commit before deadline: $repo"
    fi
  done
fi
echo "Cloned into $DEST (nothing executed)."
