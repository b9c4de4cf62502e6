#!/usr/bin/env bash
# Render and deploy connector configs to the Kafka Connect REST API.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
: "${CONNECT_URL:=http://localhost:8083}"
OVR="$HERE/configs/overrides/client-auth.json"
for f in "$HERE"/configs/*.json; do
  name=$(jq -r .name "$f")
  cfg=$(envsubst < "$f" | jq --slurpfile o "$OVR" '.config + ($o[0] | del(._comment))')
  echo "deploying $name"
  curl -sf -X PUT -H 'Content-Type: application/json' \
       --data "$cfg" "$CONNECT_URL/connectors/$name/config" | jq -r '.name + " -> " + (.tasks|length|tostring) + " task(s)"'
done
