#!/usr/bin/env bash
# restore a snapshot into a staging folder. Never writes over $HOME directly.
set -euo pipefail
SNAP="${1:-latest}"
TARGET="${2:-$HOME/restore-staging}"

case "$TARGET" in
  "$HOME"|"$HOME/") echo "refusing to restore straight into \$HOME" >&2; exit 2 ;;
esac

mkdir -p "$TARGET"
restic restore "$SNAP" --tag dotfiles --target "$TARGET"
echo "restored to $TARGET — review, then copy what you need."
