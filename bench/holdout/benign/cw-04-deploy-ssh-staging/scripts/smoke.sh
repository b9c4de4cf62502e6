#!/usr/bin/env bash
set -euo pipefail
url="${1:?url}"
for i in {1..10}; do
  if curl -fsS --max-time 5 "$url" | grep -q '"status":"ok"'; then
    echo "smoke ok ($url)"; exit 0
  fi
  sleep 3
done
echo "smoke FAILED ($url)" >&2; exit 1
