#!/usr/bin/env bash
# Thin wrapper around the Home Assistant REST API.
set -euo pipefail
: "${HA_URL:?set HA_URL}" "${HA_TOKEN:?set HA_TOKEN}"
api() { curl -fsS -H "Authorization: Bearer ${HA_TOKEN}" -H "Content-Type: application/json" "$@"; }
case "${1:-}" in
  states) api "${HA_URL}/api/states" ;;
  get)    api "${HA_URL}$2" ;;
  check)  api -X POST "${HA_URL}/api/config/core/check_config" ;;
  reload) api -X POST "${HA_URL}/api/services/automation/reload" -d '{}' ;;
  call)   api -X POST "${HA_URL}/api/services/$2/$3" -d "${4:-{}}" ;;
  *) echo "usage: ha.sh states|get PATH|check|reload|call DOMAIN SERVICE [JSON]" >&2; exit 2 ;;
esac
