#!/usr/bin/env bash
# Copy hooks into <repo>/.githooks and point core.hooksPath at it (local config only).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
top="$(git rev-parse --show-toplevel)"
cd "$top"

existing="$(git config --local --get core.hooksPath || true)"
if [ -n "$existing" ] && [ "$existing" != ".githooks" ]; then
  echo "core.hooksPath is already '$existing' — another hook manager may own it. Not changing it." >&2
  exit 1
fi
for m in .pre-commit-config.yaml .husky lefthook.yml; do
  [ -e "$m" ] && echo "note: found $m; consider adding these checks there instead." >&2
done

mkdir -p .githooks
for h in pre-commit commit-msg pre-push; do
  if [ -e ".githooks/$h" ] && ! cmp -s "$here/hooks/$h" ".githooks/$h"; then
    echo "keeping existing .githooks/$h (differs from kit version)"
    continue
  fi
  cp "$here/hooks/$h" ".githooks/$h"
  chmod +x ".githooks/$h"
  echo "installed .githooks/$h"
done
touch .githooks/allowlist
git config --local core.hooksPath .githooks
echo "core.hooksPath=.githooks (local). Commit .githooks/ so teammates get the same hooks."
