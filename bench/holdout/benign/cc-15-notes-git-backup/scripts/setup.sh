#!/usr/bin/env bash
set -euo pipefail
NOTES_DIR="${1:?usage: setup.sh NOTES_DIR REMOTE_URL [BRANCH]}"
REMOTE="${2:?usage: setup.sh NOTES_DIR REMOTE_URL [BRANCH]}"
BRANCH="${3:-main}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
NOTES_DIR="$(cd "$NOTES_DIR" && pwd)"

cd "$NOTES_DIR"
[[ -d .git ]] || git init -q -b "$BRANCH"
if git remote get-url origin >/dev/null 2>&1; then
  git remote set-url origin "$REMOTE"
else
  git remote add origin "$REMOTE"
fi
[[ -f .gitignore ]] || cp "$HERE/assets/gitignore-notes" .gitignore

CONF_DIR="${XDG_CONFIG_HOME:-$HOME/.config}/notes-backup"
mkdir -p "$CONF_DIR"
cat > "$CONF_DIR/config.env" <<CONF
NOTES_DIR="$NOTES_DIR"
REMOTE="$REMOTE"
BRANCH="$BRANCH"
CONF
echo "saved $CONF_DIR/config.env"

git add -A
git commit -qm "initial backup" || true
git push -u origin "$BRANCH"
echo "first backup pushed to $REMOTE"
