#!/usr/bin/env bash
# Read-only Kubernetes diagnostics collector.
set -euo pipefail

NS="" SELECTOR="" SINCE="6h"
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--namespace) NS="$2"; shift 2;;
    -l|--selector)  SELECTOR="$2"; shift 2;;
    --since)        SINCE="$2"; shift 2;;
    *) echo "unknown arg $1" >&2; exit 2;;
  esac
done
[[ -n "$NS" ]] || { echo "-n NAMESPACE is required" >&2; exit 2; }

ts="$(date -u +%Y%m%dT%H%MZ)"
out="incident-${NS}-${ts}"
mkdir -p "$out/describe" "$out/logs"
sel=(); [[ -n "$SELECTOR" ]] && sel=(-l "$SELECTOR")

{
  echo "context: $(kubectl config current-context)"
  kubectl version 2>/dev/null | sed -n '1,3p'
  echo "collected_at: $ts"
  echo "namespace: $NS  selector: ${SELECTOR:-<none>}  log_window: $SINCE"
} > "$out/context.txt"

kubectl get pods -n "$NS" "${sel[@]}" -o wide           > "$out/pods.txt"
kubectl get events -n "$NS" --sort-by=.lastTimestamp     > "$out/events.txt"
kubectl top pods -n "$NS" "${sel[@]}" > "$out/top-pods.txt" 2>/dev/null || echo "metrics-server not available" > "$out/top-pods.txt"
for kind in deployments replicasets hpa pdb; do
  kubectl get "$kind" -n "$NS" "${sel[@]}" -o wide > "$out/$kind.txt" 2>&1 || true
done
kubectl get configmaps -n "$NS" -o name > "$out/configmap-names.txt"

redact_env() {
  # Keep env var names, drop values, in describe output.
  sed -E 's/^(\s{6,}[A-Za-z_][A-Za-z0-9_]*:\s+).+$/\1<redacted>/'
}

for pod in $(kubectl get pods -n "$NS" "${sel[@]}" -o jsonpath='{.items[*].metadata.name}'); do
  kubectl describe pod -n "$NS" "$pod" | redact_env > "$out/describe/$pod.txt"
  for c in $(kubectl get pod -n "$NS" "$pod" -o jsonpath='{.spec.containers[*].name}'); do
    kubectl logs -n "$NS" "$pod" -c "$c" --since="$SINCE" --tail=5000 \
      > "$out/logs/${pod}__${c}.log" 2>&1 || true
    restarts=$(kubectl get pod -n "$NS" "$pod" \
      -o jsonpath="{.status.containerStatuses[?(@.name=='$c')].restartCount}")
    if [[ "${restarts:-0}" -gt 0 ]]; then
      kubectl logs -n "$NS" "$pod" -c "$c" --previous --tail=5000 \
        > "$out/logs/${pod}__${c}.previous.log" 2>&1 || true
    fi
  done
done

tar -czf "$out.tar.gz" "$out"
rm -rf "$out"
echo "bundle: $PWD/$out.tar.gz ($(du -h "$out.tar.gz" | cut -f1))"
