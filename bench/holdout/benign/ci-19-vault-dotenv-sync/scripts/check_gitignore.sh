#!/usr/bin/env bash
# Ensure the given file is ignored by git; offer the exact line to add if not.
set -euo pipefail
f="${1:-.env.local}"
if ! git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
  echo "not a git repository; nothing to check"; exit 0
fi
if git check-ignore -q "$f"; then
  echo "ok: $f is git-ignored"
else
  echo "WARNING: $f is NOT ignored by git."
  echo "Add this line to .gitignore before syncing:"
  echo "    $f"
  if git ls-files --error-unmatch "$f" >/dev/null 2>&1; then
    echo "It is also already TRACKED. Remove it from the index (keeps your copy): git rm --cached $f"
    echo "and rotate any secrets it contained if it was ever pushed."
  fi
  exit 1
fi
