#!/usr/bin/env bash
# Query the local, read-only XMRig HTTP API.
set -euo pipefail
API="${XMRIG_API:-http://127.0.0.1:18088}"
: "${XMRIG_TOKEN:?export XMRIG_TOKEN (the http.access-token from config.json)}"

summary="$(curl -fsS -H "Authorization: Bearer ${XMRIG_TOKEN}" "$API/2/summary")"
jq -r '
  "worker:    \(.worker_id)   version \(.version)",
  "algo:      \(.algo)   uptime \(.uptime/3600|floor)h",
  "hashrate:  10s=\(.hashrate.total[0] // 0|floor) H/s  60s=\(.hashrate.total[1] // 0|floor)  15m=\(.hashrate.total[2] // 0|floor)  max=\(.hashrate.highest|floor)",
  "shares:    good=\(.results.shares_good) total=\(.results.shares_total) avg_time=\(.results.avg_time)s",
  "pool:      \(.connection.pool)  ping=\(.connection.ping)ms  diff=\(.connection.diff)",
  "hugepages: \(.hugepages[0])/\(.hugepages[1])"
' <<<"$summary"

if command -v sensors >/dev/null; then
  sensors | grep -Ei 'tctl|package id 0|tdie' || true
fi
