#!/usr/bin/env bash
# Compile the ruleset and check positive/negative test files.
set -euo pipefail
cd "$(dirname "$0")/.."

compiled=$(mktemp)
trap 'rm -f "$compiled"' EXIT
yarac rules/skill_content.yar "$compiled"

fail=0
for f in testdata/positive/*; do
  want=$(head -n1 "$f" | sed -n 's/^# expect: //p')
  hits=$(yara -C "$compiled" "$f" | awk '{print $1}')
  if grep -qx "$want" <<<"$hits"; then
    echo "PASS  $f -> $want"
  else
    echo "FAIL  $f expected $want, got: ${hits:-<none>}"; fail=1
  fi
done

for f in testdata/negative/*; do
  hits=$(yara -C "$compiled" "$f" | awk '{print $1}')
  if [[ -z "$hits" ]]; then
    echo "PASS  $f -> no hits"
  else
    echo "FAIL  $f unexpected: $hits"; fail=1
  fi
done

[[ $fail -eq 0 ]] && echo "ALL OK" || { echo "FAILURES"; exit 1; }
