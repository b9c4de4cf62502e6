#!/usr/bin/env bash
# Shared helpers for skill-updater. Sourced, not executed.
set -euo pipefail

STAGE_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/skill-updater/staging"
BACKUP_ROOT="${XDG_CACHE_HOME:-$HOME/.cache}/skill-updater/backups"

# Read a frontmatter key (supports "key:" at top level or under metadata:).
fm_get() {
  local file="$1" key="$2"
  awk -v k="$key" '
    NR==1 && $0=="---" {infm=1; next}
    infm && $0=="---" {exit}
    infm {
      line=$0; sub(/^[ \t]+/, "", line)
      if (index(line, k":")==1) { v=substr(line, length(k)+2); sub(/^[ \t]+/, "", v); sub(/[ \t]+#.*$/, "", v); gsub(/^["'\'']|["'\'']$/, "", v); print v; exit }
    }' "$file"
}

latest_tag() {
  local url="$1"
  git ls-remote --tags --refs "$url" 2>/dev/null \
    | awk '{sub("refs/tags/","",$2); print $2}' \
    | grep -E '^v?[0-9]+\.[0-9]+\.[0-9]+$' \
    | sort -V | tail -n1
}

strip_v() { echo "${1#v}"; }

stage_dir() {
  local skill="$1" tag="$2"
  echo "$STAGE_ROOT/$(basename "$skill")-$tag"
}
