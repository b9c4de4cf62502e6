#!/bin/sh
# Copy the starter config into place, backing up whatever is there.
set -eu
SRC="$(cd "$(dirname "$0")/../config" && pwd)"
CFG="${XDG_CONFIG_HOME:-$HOME/.config}/nvim"
DATA="${XDG_DATA_HOME:-$HOME/.local/share}/nvim"
STATE="${XDG_STATE_HOME:-$HOME/.local/state}/nvim"
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/nvim"
STAMP="$(date +%Y%m%d-%H%M%S)"
CLEAN=0
[ "${1:-}" = "--clean" ] && CLEAN=1

backup() {
  if [ -e "$1" ]; then
    mv "$1" "$1.bak-$STAMP"
    echo "backed up $1 -> $1.bak-$STAMP"
  fi
}

backup "$CFG"
if [ "$CLEAN" -eq 1 ]; then
  backup "$DATA"; backup "$STATE"; backup "$CACHE"
fi

mkdir -p "$(dirname "$CFG")"
cp -R "$SRC" "$CFG"
echo "Installed config to $CFG. Start nvim to let lazy.nvim install plugins."
