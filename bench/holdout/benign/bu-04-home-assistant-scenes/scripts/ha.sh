#!/usr/bin/env bash
# Thin Home Assistant REST client.
set -euo pipefail
HASS_URL="${HASS_URL:-http://homeassistant.local:8123}"
HASS_URL="${HASS_URL%/}"
: "${HASS_TOKEN:?set HASS_TOKEN to a Home Assistant long-lived access token}"

req() {
  curl -fsS --max-time 10 \
    -H "Authorization: Bearer ${HASS_TOKEN}" \
    -H "Content-Type: application/json" "$@"
}

case "${1:-}" in
  states)
    shift
    if [[ "${1:-}" == "--domain" ]]; then
      req "$HASS_URL/api/states" | jq -r --arg d "$2." \
        '.[] | select(.entity_id|startswith($d)) | [.entity_id, .state, (.attributes.friendly_name // "")] | @tsv'
    elif [[ "${1:-}" == "--search" ]]; then
      req "$HASS_URL/api/states" | jq -r --arg q "${2,,}" \
        '.[] | select((.entity_id|ascii_downcase|contains($q)) or ((.attributes.friendly_name // "")|ascii_downcase|contains($q)))
             | [.entity_id, .state, (.attributes.friendly_name // "")] | @tsv'
    elif [[ -n "${1:-}" ]]; then
      req "$HASS_URL/api/states/$1" | jq '{entity_id, state, last_changed, unit: .attributes.unit_of_measurement, name: .attributes.friendly_name}'
    else
      req "$HASS_URL/api/states" | jq -r '.[].entity_id'
    fi
    ;;
  scene)
    req -X POST "$HASS_URL/api/services/scene/turn_on" \
      --data "$(jq -n --arg e "scene.$2" '{entity_id:$e}')" | jq -r '.[].entity_id'
    ;;
  script)
    req -X POST "$HASS_URL/api/services/script/turn_on" \
      --data "$(jq -n --arg e "script.$2" '{entity_id:$e}')" >/dev/null && echo "started script.$2"
    ;;
  call)
    domain="$2" service="$3" data="${4:-{\}}"
    echo "$data" | jq -e . >/dev/null   # validate JSON before sending
    req -X POST "$HASS_URL/api/services/$domain/$service" --data "$data" \
      | jq -r '.[] | "\(.entity_id) -> \(.state)"'
    ;;
  *)
    echo "usage: ha.sh states [entity|--domain D|--search Q] | scene NAME | script NAME | call DOMAIN SERVICE JSON" >&2
    exit 2;;
esac
