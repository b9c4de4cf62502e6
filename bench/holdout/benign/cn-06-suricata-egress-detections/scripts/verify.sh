#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
status=0
for case in tests/*/; do
  name=$(basename "$case")
  [[ -f "$case/input.pcap" ]] || { echo "SKIP $name (no pcap; run gen_pcaps.py)"; continue; }
  log=$(mktemp -d)
  suricata -r "$case/input.pcap" -S rules/local-egress.rules -l "$log" \
    --set vars.address-groups.DEV_NET="[192.0.2.0/25]" \
    --set vars.address-groups.CI_RUNNERS="[192.0.2.32/28]" \
    --set vars.address-groups.EXTERNAL_NET="!192.0.2.0/24" -k none >/dev/null 2>&1
  got=$(jq -r 'select(.event_type=="alert") | .alert.signature_id' "$log/eve.json" | sort -u)
  want=$(sort -u "$case/expected.txt")
  if [[ "$got" == "$want" ]]; then echo "PASS $name"; else
    echo "FAIL $name"; diff <(echo "$want") <(echo "$got") || true; status=1; fi
  rm -rf "$log"
done
exit $status
