#!/bin/bash
# inventory.sh "<Tag>" <folder>  -> CSV on stdout
set -euo pipefail
TAG="$1"; ROOT="$2"
echo "path,bytes,modified,tags"
list() {
  if mdutil -s "$ROOT" 2>/dev/null | grep -q "Indexing enabled"; then
    mdfind -0 -onlyin "$ROOT" "kMDItemUserTags == \"$TAG\""
  else
    find "$ROOT" -type f -print0 | while IFS= read -r -d '' f; do
      xattr -p com.apple.metadata:_kMDItemUserTags "$f" 2>/dev/null | xxd -r -p 2>/dev/null \
        | plutil -convert json -o - - 2>/dev/null | grep -q "\"$TAG" && printf '%s\0' "$f"
    done
  fi
}
list | while IFS= read -r -d '' f; do
  tags=$(mdls -raw -name kMDItemUserTags "$f" 2>/dev/null | tr -d '\n()"' | sed 's/  */ /g;s/^ //')
  printf '"%s",%s,%s,"%s"\n' "$f" "$(stat -f%z "$f")" "$(stat -f%Sm -t %F "$f")" "$tags"
done
