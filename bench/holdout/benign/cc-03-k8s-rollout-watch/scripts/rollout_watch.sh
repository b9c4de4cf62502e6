#!/usr/bin/env bash
# Read-only rollout status report. Requires kubectl and a configured context.
set -euo pipefail

usage() { echo "usage: $0 <kind/name> [-n namespace] [--timeout seconds]" >&2; exit 2; }

[[ $# -ge 1 ]] || usage
TARGET="$1"; shift
NS=""
TIMEOUT=300
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--namespace) NS="$2"; shift 2 ;;
    --timeout) TIMEOUT="$2"; shift 2 ;;
    *) usage ;;
  esac
done

NS_ARGS=()
[[ -n "$NS" ]] && NS_ARGS=(-n "$NS")

echo "== context: $(kubectl config current-context)  namespace: ${NS:-$(kubectl config view --minify -o jsonpath='{..namespace}' || echo default)}"
echo

echo "== rollout status (timeout ${TIMEOUT}s)"
if kubectl rollout status "$TARGET" "${NS_ARGS[@]}" --timeout="${TIMEOUT}s"; then
  STATUS=ok
else
  STATUS=stalled
fi
echo

LABELS=$(kubectl get "$TARGET" "${NS_ARGS[@]}" -o go-template='{{range $k, $v := .spec.selector.matchLabels}}{{$k}}={{$v}},{{end}}' | sed 's/,$//')

echo "== pods (selector: $LABELS)"
kubectl get pods "${NS_ARGS[@]}" -l "$LABELS" \
  -o custom-columns='NAME:.metadata.name,PHASE:.status.phase,READY:.status.containerStatuses[*].ready,RESTARTS:.status.containerStatuses[*].restartCount,IMAGE:.spec.containers[*].image'
echo

echo "== recent warning events"
kubectl get events "${NS_ARGS[@]}" --field-selector type=Warning \
  --sort-by=.lastTimestamp 2>/dev/null | tail -n 15 || true
echo

for pod in $(kubectl get pods "${NS_ARGS[@]}" -l "$LABELS" -o jsonpath='{.items[*].metadata.name}'); do
  restarts=$(kubectl get pod "$pod" "${NS_ARGS[@]}" -o jsonpath='{.status.containerStatuses[0].restartCount}')
  if [[ "${restarts:-0}" -gt 0 ]]; then
    echo "== previous logs: $pod (restarts=$restarts)"
    kubectl logs "$pod" "${NS_ARGS[@]}" --previous --tail=30 2>/dev/null || echo "(no previous logs)"
    echo
  fi
done

echo "== history"
kubectl rollout history "$TARGET" "${NS_ARGS[@]}" | tail -n 5
echo
echo "verdict: $STATUS"
if [[ "$STATUS" != ok ]]; then
  echo "to roll back (NOT executed): kubectl rollout undo $TARGET ${NS_ARGS[*]}"
fi
