#!/usr/bin/env bash
# Small wrapper around the Grafana annotations API.
# Usage: annotate.sh create|list|delete [flags]
set -euo pipefail

: "${GRAFANA_URL:?GRAFANA_URL must be set}"
: "${GRAFANA_TOKEN:?GRAFANA_TOKEN must be set}"

GRAFANA_URL="${GRAFANA_URL%/}"
if [[ "$GRAFANA_URL" != https://* && "${GRAFANA_ALLOW_HTTP:-0}" != "1" ]]; then
  echo "refusing to send token over plain http; set GRAFANA_ALLOW_HTTP=1 for local dev" >&2
  exit 2
fi

api() {
  local method="$1" path="$2"; shift 2
  curl -fsS -X "$method" \
    -H "Authorization: Bearer ${GRAFANA_TOKEN}" \
    -H "Content-Type: application/json" \
    "$GRAFANA_URL$path" "$@"
}

to_ms() {  # 24h / 90m / 7d -> epoch ms in the past
  local span="$1" n="${1%[smhd]}" unit="${1: -1}" mult=1
  case "$unit" in s) mult=1;; m) mult=60;; h) mult=3600;; d) mult=86400;; *) echo "bad span $span" >&2; exit 2;; esac
  echo $(( ( $(date +%s) - n * mult ) * 1000 ))
}

cmd="${1:-}"; shift || true
text="" tags="" dash="" panel="" time_ms="" end_ms="" since="24h" id=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --text) text="$2"; shift 2;;
    --tags) tags="$2"; shift 2;;
    --dashboard-uid) dash="$2"; shift 2;;
    --panel-id) panel="$2"; shift 2;;
    --time-ms) time_ms="$2"; shift 2;;
    --end-ms) end_ms="$2"; shift 2;;
    --since) since="$2"; shift 2;;
    --id) id="$2"; shift 2;;
    *) echo "unknown flag $1" >&2; exit 2;;
  esac
done

case "$cmd" in
  create)
    [[ -n "$text" ]] || { echo "--text is required" >&2; exit 2; }
    body=$(jq -n \
      --arg text "$text" \
      --arg tags "$tags" \
      --arg dash "$dash" \
      --arg panel "$panel" \
      --arg time "${time_ms:-$(( $(date +%s) * 1000 ))}" \
      --arg end "$end_ms" \
      '{text:$text, time:($time|tonumber), tags:($tags|split(",")|map(select(length>0)))}
       + (if $dash  != "" then {dashboardUID:$dash} else {} end)
       + (if $panel != "" then {panelId:($panel|tonumber)} else {} end)
       + (if $end   != "" then {timeEnd:($end|tonumber)} else {} end)')
    api POST /api/annotations --data "$body" | jq -r '.id'
    ;;
  list)
    from=$(to_ms "$since")
    query="from=${from}&limit=100"
    IFS=',' read -ra tag_arr <<< "$tags"
    for t in "${tag_arr[@]}"; do [[ -n "$t" ]] && query+="&tags=$(jq -rn --arg t "$t" '$t|@uri')"; done
    api GET "/api/annotations?${query}" \
      | jq -r '.[] | [(.time/1000|strflocaltime("%Y-%m-%d %H:%M")), .id, .text, (.tags|join(","))] | @tsv'
    ;;
  delete)
    [[ "$id" =~ ^[0-9]+$ ]] || { echo "--id must be numeric" >&2; exit 2; }
    api DELETE "/api/annotations/${id}" | jq -r '.message'
    ;;
  *)
    echo "usage: $0 create|list|delete [flags]" >&2; exit 2;;
esac
