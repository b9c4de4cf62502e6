#!/usr/bin/env bash
# run-lab.sh PCAP - run Suricata offline against PCAP with only rules/local.rules and
# compare alerts per test case (matched by client source port) to the expectations.
set -euo pipefail

PCAP="${1:?usage: $0 lab.pcap}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CASES="${PCAP}.cases.json"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT

suricata -r "$PCAP" -S "$HERE/rules/local.rules" -l "$OUT" -k none --runmode single \
  --set 'vars.address-groups.HOME_NET=[198.51.100.0/24]' >/dev/null 2>"$OUT/suricata.err" \
  || { cat "$OUT/suricata.err" >&2; exit 1; }

grep -Ei 'error|warning' "$OUT/suricata.err" >&2 || true   # surface rule parse problems

fail=0
while read -r name sport expected; do
  actual=$(jq -r --argjson p "$sport" \
    'select(.event_type=="alert" and .src_port==$p) | .alert.signature_id' "$OUT/eve.json" \
    | sort -n | uniq | paste -sd, -)
  if [[ "$actual" == "$expected" ]]; then r=PASS; else r=FAIL; fail=1; fi
  printf '%-4s %-22s expected=[%s] actual=[%s]\n' "$r" "$name" "$expected" "$actual"
done < <(jq -r '.[] | "\(.name) \(.src_port) \(.expect_sids | sort | map(tostring) | join(","))"' "$CASES")

exit $fail
