#!/usr/bin/env bash
set -euo pipefail
target="${1:?target e.g. lucene|loki|splunk}"; pipeline="${2:-}"
mkdir -p out
for r in "$(dirname "$0")"/../rules/*.yml; do
  name=$(basename "$r" .yml)
  if [ -n "$pipeline" ]; then sigma convert -t "$target" -p "$pipeline" "$r" > "out/$name.$target.txt"
  else sigma convert -t "$target" --without-pipeline "$r" > "out/$name.$target.txt"; fi
  echo "converted $name"
done
