#!/usr/bin/env bash
# Trigger benign Falco test events in a disposable container and verify alerts.
set -euo pipefail

SOURCE="" SRC_ARG="" WITH_MOUNT=0 WAIT=15
IMAGE=alpine:3.20
LABEL=sg.falco-validate=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    --falco-log) SOURCE=file; SRC_ARG="$2"; shift 2 ;;
    --falco-container) SOURCE=docker; SRC_ARG="$2"; shift 2 ;;
    --k8s) SOURCE=k8s; SRC_ARG="$2"; shift 2 ;;
    --with-sensitive-mount) WITH_MOUNT=1; shift ;;
    --wait) WAIT="$2"; shift 2 ;;
    *) echo "unknown $1" >&2; exit 2 ;;
  esac
done
[[ -n "$SOURCE" ]] || { echo "specify --falco-log, --falco-container or --k8s" >&2; exit 2; }

name="sg-falco-validate-$$"
cleanup() { docker rm -f "$name" >/dev/null 2>&1 || true; }
trap cleanup EXIT

since=$(date -u +%Y-%m-%dT%H:%M:%SZ)
docker run -d --rm --name "$name" --label "$LABEL" "$IMAGE" sleep 300 >/dev/null

declare -A expect=(
  [shell]='[Tt]erminal shell in container|Run shell untrusted'
  [shadow]='[Rr]ead sensitive file'
  [bin-write]='[Ww]rite below binary dir'
  [netcat]='[Nn]etcat|[Ss]uspicious [Nn]etwork [Tt]ool'
  [pkg-mgmt]='[Pp]ackage [Mm]anagement'
)
declare -A fired

echo "triggering events in $name ..."
docker exec -t "$name" sh -c 'id' >/dev/null
docker exec "$name" sh -c 'cat /etc/shadow >/dev/null'
docker exec "$name" sh -c 'touch /bin/sg-test && rm -f /bin/sg-test'
docker exec "$name" sh -c 'nc -z -w1 192.0.2.1 9 || true'
docker exec "$name" sh -c 'apk add --no-cache -q curl >/dev/null 2>&1 || true'

if [[ $WITH_MOUNT -eq 1 ]]; then
  expect[sensitive-mount]='[Ss]ensitive [Mm]ount'
  docker run --rm --label "$LABEL" -v /var/run/docker.sock:/var/run/docker.sock:ro "$IMAGE" true
fi

echo "waiting ${WAIT}s for alerts ..."
sleep "$WAIT"

case "$SOURCE" in
  file)   alerts=$(jq -c --arg s "$since" 'select(.time >= $s)' "$SRC_ARG" 2>/dev/null || true) ;;
  docker) alerts=$(docker logs --since "$since" "$SRC_ARG" 2>&1 | grep '^{' || true) ;;
  k8s)    ns="${SRC_ARG%%/*}"; ds="${SRC_ARG#*/}"
          alerts=$(kubectl logs -n "$ns" "ds/$ds" --since-time="$since" | grep '^{' || true) ;;
esac

rc=0
printf '%-16s %-6s %s\n' TEST RESULT RULE
for t in "${!expect[@]}"; do
  hit=$(jq -r --arg re "${expect[$t]}" 'select(.rule | test($re)) | .rule' <<<"$alerts" 2>/dev/null | head -1)
  if [[ -n "$hit" ]]; then
    printf '%-16s %-6s %s\n' "$t" PASS "$hit"
  else
    printf '%-16s %-6s %s\n' "$t" FAIL "(expected /${expect[$t]}/)"
    rc=1
  fi
done
exit $rc
