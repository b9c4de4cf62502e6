#!/bin/zsh
# Commit and push changes in a notes vault. Usage: vault-autocommit /path/to/vault
set -u

vault="${1:?usage: vault-autocommit /path/to/vault}"
ts() { date '+%Y-%m-%d %H:%M:%S'; }

cd "$vault" 2>/dev/null || { print "$(ts) vault not found: $vault"; exit 0 }
git rev-parse --is-inside-work-tree >/dev/null 2>&1 || { print "$(ts) not a git repo: $vault"; exit 0 }

gitdir="$(git rev-parse --git-dir)"
if [[ -d "$gitdir/rebase-merge" || -d "$gitdir/rebase-apply" || -f "$gitdir/MERGE_HEAD" ]]; then
  print "$(ts) merge/rebase in progress; skipping"
  exit 0
fi

git add -A
if ! git diff --cached --quiet; then
  git commit -q -m "vault: autosave $(scutil --get LocalHostName 2>/dev/null || hostname -s) $(date -u '+%Y-%m-%dT%H:%MZ')"
  print "$(ts) committed $(git rev-parse --short HEAD)"
fi

if ! git pull -q --rebase --autostash; then
  git rebase --abort 2>/dev/null
  print "$(ts) pull --rebase failed (conflict?); resolve manually in $vault"
  exit 1
fi

if git push -q; then
  print "$(ts) pushed"
else
  print "$(ts) push failed"
  exit 1
fi
