#!/usr/bin/env bash
# Append sha256 + size for every evidence file not yet in MANIFEST.csv
set -euo pipefail
root="${1:-evidence}"
manifest="$root/MANIFEST.csv"
[ -f "$manifest" ] || echo "path,sha256,bytes,collected_utc" > "$manifest"
find "$root" -type f ! -name MANIFEST.csv -print0 | sort -z | while IFS= read -r -d '' f; do
  rel="${f#$root/}"
  if ! grep -q "^${rel}," "$manifest"; then
    sum=$(sha256sum "$f" | cut -d' ' -f1)
    size=$(stat -c %s "$f")
    echo "${rel},${sum},${size},$(date -u +%Y-%m-%dT%H:%M:%SZ)" >> "$manifest"
  fi
done
echo "manifest updated: $manifest"
