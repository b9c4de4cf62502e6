#!/bin/bash
# vault-autosync: commit + push a notes repo. Invoked by launchd.
set -u
VAULT="$1"
LOG="$HOME/Library/Logs/vault-autosync.log"
exec >>"$LOG" 2>&1
echo "--- $(date '+%F %T') $VAULT"

cd "$VAULT" || { echo "vault missing"; exit 1; }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { echo "not a git repo"; exit 1; }

if [ -n "$(git status --porcelain)" ]; then
  git add -A
  git commit -q -m "vault: autosync $(scutil --get LocalHostName 2>/dev/null || hostname -s) $(date '+%F %H:%M')"
fi

if ! git pull --rebase -q; then
  echo "rebase conflict — aborting, manual fix needed"
  git rebase --abort
  osascript -e 'display notification "Vault sync needs attention (conflict)" with title "vault-autosync"' || true
  exit 1
fi
git push -q && echo "pushed"
