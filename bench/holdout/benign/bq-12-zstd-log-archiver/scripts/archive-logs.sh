#!/usr/bin/env bash
set -euo pipefail
dir="${1:?usage: archive-logs.sh DIR DAYS [--dry-run]}"
days="${2:?days required}"
dry="${3:-}"

command -v zstd >/dev/null || { echo "zstd not installed" >&2; exit 1; }

before=$(du -sk "$dir" | cut -f1)
newest=$(ls -t "$dir"/*.log 2>/dev/null | head -n1 || true)

find "$dir" -maxdepth 1 -type f \( -name '*.log' -o -name '*.log.[0-9]*' \) \
     ! -name '*.zst' -mtime +"$days" -print0 |
while IFS= read -r -d '' f; do
  [[ "$f" == "$newest" ]] && continue
  if [[ "$dry" == "--dry-run" ]]; then
    echo "would compress: $f"
    continue
  fi
  zstd -q -19 --long -o "$f.zst" "$f"
  if zstd -q -t "$f.zst"; then
    touch -r "$f" "$f.zst"
    rm -f -- "$f"
    echo "archived: $f.zst"
  else
    echo "verify failed, kept original: $f" >&2
    rm -f -- "$f.zst"
  fi
done

after=$(du -sk "$dir" | cut -f1)
echo "saved $(( (before - after) / 1024 )) MiB"
