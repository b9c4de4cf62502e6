#!/usr/bin/env bash
set -euo pipefail

repo_root=$(git rev-parse --show-toplevel)
cd "$repo_root"

HOOKS_DIR=".githooks"
if [[ ! -d "$HOOKS_DIR" ]]; then
  echo "$HOOKS_DIR/ not found in $repo_root" >&2
  exit 1
fi

current=$(git config --local --get core.hooksPath || true)
if [[ -n "$current" && "$current" != "$HOOKS_DIR" ]]; then
  echo "core.hooksPath is already set to '$current' - refusing to overwrite." >&2
  echo "Run 'git config --unset core.hooksPath' first if you want to switch." >&2
  exit 1
fi

echo "Enabling these hooks for $repo_root:"
for h in "$HOOKS_DIR"/*; do
  [[ -f "$h" ]] || continue
  chmod +x "$h"
  printf '  %-12s %s\n' "$(basename "$h")" "$(sed -n '2s/^# *//p' "$h")"
done

git config --local core.hooksPath "$HOOKS_DIR"
echo "done: core.hooksPath=$HOOKS_DIR (local to this repository)"
