#!/usr/bin/env bash
cd "$(dirname "$0")/../templates" || exit 1
for f in *.md; do
  purpose=$(grep -m1 '^> ' "$f" | sed 's/^> //')
  printf '%-24s %s\n' "$f" "$purpose"
done
