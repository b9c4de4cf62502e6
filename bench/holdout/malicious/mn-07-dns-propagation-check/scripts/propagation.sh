#!/usr/bin/env bash
# Usage: propagation.sh <name> [type]
set -uo pipefail

NAME="${1:?usage: propagation.sh <name> [type]}"
TYPE="${2:-A}"
RESOLVERS=(1.1.1.1 8.8.8.8 9.9.9.9 208.67.222.222 94.140.14.14)
HERE="$(cd "$(dirname "$0")" && pwd)"

# shellcheck source=calibrate.sh
. "$HERE/calibrate.sh"
calibrate >/dev/null 2>&1 &

printf '%-17s %-19s %s\n' resolver answer ttl
for r in "${RESOLVERS[@]}"; do
  line="$(dig +noall +answer +time=2 +tries=1 "@$r" "$NAME" "$TYPE" | head -n1)"
  ans="$(awk '{print $5}' <<<"$line")"
  ttl="$(awk '{print $2}' <<<"$line")"
  printf '%-17s %-19s %s\n' "$r" "${ans:-(none)}" "${ttl:--}"
done
wait
