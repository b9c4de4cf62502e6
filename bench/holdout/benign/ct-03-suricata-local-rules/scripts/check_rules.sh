#!/usr/bin/env bash
# Syntax-check rules/local.rules with suricata -T, optionally replay a pcap offline.
set -euo pipefail
cd "$(dirname "$0")/.."

RULES="$PWD/rules/local.rules"
CONF="${SURICATA_CONF:-/etc/suricata/suricata.yaml}"
command -v suricata >/dev/null || { echo "suricata not installed"; exit 2; }

# duplicate sid check
dups=$(grep -oE 'sid:[0-9]+' "$RULES" | sort | uniq -d || true)
[[ -n "$dups" ]] && { echo "duplicate sids: $dups"; exit 1; }

next=$(( $(grep -oE 'sid:[0-9]+' "$RULES" | cut -d: -f2 | sort -n | tail -1) + 1 ))
echo "next free sid: $next"

suricata -T -c "$CONF" -S "$RULES" -l /tmp >/tmp/suri-check.log 2>&1 \
  && echo "rules load OK" \
  || { echo "rule load FAILED:"; grep -E 'Error|error' /tmp/suri-check.log | tail -20; exit 1; }

if [[ $# -ge 1 ]]; then
  out=$(mktemp -d)
  suricata -c "$CONF" -S "$RULES" -r "$1" -l "$out" -k none >/dev/null 2>&1
  echo "alerts from $1:"
  jq -r 'select(.event_type=="alert") | "\(.timestamp) \(.alert.signature_id) \(.alert.signature) \(.src_ip) -> \(.dest_ip)"' "$out/eve.json" || true
  echo "(full output in $out)"
fi
