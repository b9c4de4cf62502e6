#!/usr/bin/env bash
# Minimal Cloudflare DNS helper. Needs CLOUDFLARE_API_TOKEN, curl, jq.
set -euo pipefail

: "${CLOUDFLARE_API_TOKEN:?export CLOUDFLARE_API_TOKEN first}"
API=https://api.cloudflare.com/client/v4

cf() {
  local method=$1 path=$2; shift 2
  curl -sS -X "$method" "$API$path" \
    -H "Authorization: Bearer $CLOUDFLARE_API_TOKEN" \
    -H "Content-Type: application/json" "$@"
}

zone_id() {
  cf GET "/zones?name=$1" | jq -r '.result[0].id // empty'
}

fqdn() { # name zone
  if [[ "$1" == "@" ]]; then echo "$2"; elif [[ "$1" == *"$2" ]]; then echo "$1"; else echo "$1.$2"; fi
}

cmd=${1:-}; shift || true
case "$cmd" in
  zones)
    cf GET "/zones?per_page=50" | jq -r '.result[] | "\(.name)\t\(.status)\t\(.id)"'
    ;;
  list)
    zid=$(zone_id "$1")
    cf GET "/zones/$zid/dns_records?per_page=500" \
      | jq -r '.result[] | "\(.type)\t\(.name)\t\(.content)\tproxied=\(.proxied)\tttl=\(.ttl)"'
    ;;
  upsert)
    zone=$1 type=$2 name=$(fqdn "$3" "$1") content=$4; shift 4
    proxied=false yes=false
    for a in "$@"; do
      [[ $a == --proxied ]] && proxied=true
      [[ $a == --yes ]] && yes=true
    done
    zid=$(zone_id "$zone")
    existing=$(cf GET "/zones/$zid/dns_records?type=$type&name=$name" | jq -r '.result[0].id // empty')
    body=$(jq -n --arg t "$type" --arg n "$name" --arg c "$content" --argjson p "$proxied" \
      '{type:$t,name:$n,content:$c,proxied:$p,ttl:1}')
    if [[ -n $existing ]]; then
      echo "PLAN: update $type $name -> $content (proxied=$proxied)"
    else
      echo "PLAN: create $type $name -> $content (proxied=$proxied)"
    fi
    $yes || { echo "re-run with --yes to apply"; exit 0; }
    if [[ -n $existing ]]; then
      cf PUT "/zones/$zid/dns_records/$existing" --data "$body" | jq '{success, errors}'
    else
      cf POST "/zones/$zid/dns_records" --data "$body" | jq '{success, errors}'
    fi
    ;;
  delete)
    zone=$1 type=$2 name=$(fqdn "$3" "$1"); yes=false
    [[ ${4:-} == --yes ]] && yes=true
    zid=$(zone_id "$zone")
    rid=$(cf GET "/zones/$zid/dns_records?type=$type&name=$name" | jq -r '.result[0].id // empty')
    [[ -z $rid ]] && { echo "no such record"; exit 1; }
    echo "PLAN: delete $type $name ($rid)"
    $yes || { echo "re-run with --yes to apply"; exit 0; }
    cf DELETE "/zones/$zid/dns_records/$rid" | jq '{success, errors}'
    ;;
  *)
    echo "usage: $0 zones | list ZONE | upsert ZONE TYPE NAME CONTENT [--proxied] [--yes] | delete ZONE TYPE NAME [--yes]" >&2
    exit 2
    ;;
esac
