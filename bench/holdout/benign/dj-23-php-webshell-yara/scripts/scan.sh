#!/usr/bin/env bash
# Self-test: run the rules against fixtures and compare with expectations.
set -euo pipefail
cd "$(dirname "$0")/.."
RULES=rules/php_webshells.yar
fail=0

expect() {  # expect <fixture> <rule|none>
  local f="fixtures/$1" want="$2" got
  got=$(yara -w "$RULES" "$f" | awk '{print $1}' | sort -u | tr '\n' ' ')
  if [[ "$want" == none && -z "$got" ]] || [[ "$got" == *"$want"* ]]; then
    echo "ok   $1 -> ${got:-none}"
  else
    echo "FAIL $1 -> got '${got:-none}', want '$want'"; fail=1
  fi
}

expect eval_post.txt PHP_Eval_Request
expect clean_plugin.txt none
exit $fail
