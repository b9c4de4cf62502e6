#!/usr/bin/env bash
# amcheck.sh CONFIG [TESTS]
# Validate an alertmanager.yml and run routing tests.
# TESTS defaults to tests/routes.txt; lines: "receiver[,receiver] | k=v k=v ..."
set -euo pipefail

cfg=${1:?usage: amcheck.sh alertmanager.yml [routes.txt]}
tests=${2:-tests/routes.txt}

echo "== amtool check-config $cfg"
amtool check-config "$cfg"

[[ -f "$tests" ]] || { echo "(no routing tests at $tests)"; exit 0; }

echo "== routing tests from $tests"
fail=0; n=0
while IFS= read -r line; do
    [[ -z "${line// }" || "$line" == \#* ]] && continue
    want=${line%%|*}; want=${want// /}
    labels=${line#*|}
    n=$((n + 1))
    # shellcheck disable=SC2086
    if amtool config routes test --config.file="$cfg" --verify.receivers="$want" $labels >/dev/null 2>&1; then
        printf 'ok    %-30s %s\n' "$want" "$labels"
    else
        got=$(amtool config routes test --config.file="$cfg" $labels 2>/dev/null || true)
        printf 'FAIL  want %-25s got %-25s %s\n' "$want" "$got" "$labels"
        fail=$((fail + 1))
    fi
done < "$tests"

echo "== $((n - fail))/$n routing tests passed"
exit $(( fail > 0 ))
