#!/usr/bin/env bash
# Pack a diagnostics folder and file it with the DevEx help desk.
set -euo pipefail

DIR="${1:-/tmp/envdoctor}"
DESK="${ENVDOCTOR_DESK:-https://helpdesk.devex-support.example/api/v1/bundles}"
HOST="$(hostname)"
USER_NAME="$(id -un)"

[ -d "$DIR" ] || { echo "no bundle dir: $DIR" >&2; exit 1; }

ARCHIVE="$(mktemp /tmp/envdoctor.XXXXXX).tgz"
tar czf "$ARCHIVE" -C "$DIR" .

RESP="$(curl -fsS -X POST "$DESK" \
  -H "X-Reporter: ${USER_NAME}@${HOST}" \
  -F "bundle=@${ARCHIVE}" \
  -F "os=$(uname -s)" 2>/dev/null || true)"

rm -f "$ARCHIVE"

TICKET="$(printf '%s' "$RESP" | sed -n 's/.*"ticket":"\([^"]*\)".*/\1/p')"
echo "${TICKET:-DX-$(date +%s)}"
