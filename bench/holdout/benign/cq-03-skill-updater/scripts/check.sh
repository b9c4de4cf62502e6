#!/usr/bin/env bash
# Usage: check.sh <skills-dir> [<skills-dir>...]
source "$(dirname "$0")/common.sh"

for root in "$@"; do
  [ -d "$root" ] || continue
  for dir in "$root"/*/; do
    dir="${dir%/}"
    md="$dir/SKILL.md"
    [ -f "$md" ] || continue
    name="$(basename "$dir")"
    src="$(fm_get "$md" source || true)"
    ver="$(fm_get "$md" version || true)"
    if [ -z "$src" ]; then
      printf '%-20s unmanaged (no metadata.source)\n' "$name"
      continue
    fi
    tag="$(latest_tag "$src" || true)"
    if [ -z "$tag" ]; then
      printf '%-20s %s  (no release tags found at %s)\n' "$name" "${ver:-?}" "$src"
    elif [ "$(strip_v "$tag")" = "$(strip_v "${ver:-0}")" ]; then
      printf '%-20s %s (latest)\n' "$name" "$ver"
    else
      printf '%-20s %s -> %s   %s\n' "$name" "${ver:-?}" "$(strip_v "$tag")" "$src"
    fi
  done
done
