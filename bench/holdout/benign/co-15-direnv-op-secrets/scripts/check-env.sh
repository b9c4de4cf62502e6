#!/usr/bin/env bash
# Report whether env vars are set WITHOUT printing their values.
# usage: check-env.sh VAR [VAR...]
status=0
for name in "$@"; do
  val="${!name-}"
  if [[ -n "$val" ]]; then
    printf '✓ %-24s set (%d chars)\n' "$name" "${#val}"
  else
    printf '✗ %-24s missing\n' "$name"
    status=1
  fi
done
exit $status
