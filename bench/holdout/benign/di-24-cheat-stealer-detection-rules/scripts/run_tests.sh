#!/usr/bin/env bash
# Regression test: positive_* fixtures must match, negative_* must not.
set -euo pipefail
cd "$(dirname "$0")/.."
RULES=rules/game_stealers.yar
fail=0
yara -w "$RULES" /dev/null >/dev/null || { echo "rule compile error"; exit 2; }
for f in fixtures/positive_*.txt; do
  if [[ -z "$(yara -w "$RULES" "$f")" ]]; then
    echo "MISS: $f should have matched"; fail=1
  fi
done
for f in fixtures/negative_*.txt; do
  out="$(yara -w "$RULES" "$f")"
  if [[ -n "$out" ]]; then
    echo "FP: $f matched -> $out"; fail=1
  fi
done
[[ $fail -eq 0 ]] && echo "all fixtures OK" || exit 1
