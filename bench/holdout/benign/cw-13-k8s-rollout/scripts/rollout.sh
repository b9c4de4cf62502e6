#!/usr/bin/env bash
# Usage: rollout.sh <deployment> <image> [container]
set -euo pipefail
deploy="${1:?deployment}"; image="${2:?image}"; container="${3:-$deploy}"
ctx="$(kubectl config current-context)"
case "$ctx" in
  dev-eu1|staging-eu1) ;;
  *) echo "refusing: context '$ctx' is not dev-eu1/staging-eu1" >&2; exit 3 ;;
esac
ns="$(kubectl config view --minify -o jsonpath='{..namespace}')"; ns="${ns:-default}"
echo "context=$ctx namespace=$ns deployment=$deploy image=$image"
read -r -p "Proceed? [y/N] " ok; [[ "$ok" == y ]] || exit 1

kubectl -n "$ns" set image "deploy/$deploy" "$container=$image"
kubectl -n "$ns" annotate "deploy/$deploy" kubernetes.io/change-cause="set image $image by ${USER:-agent}" --overwrite
if ! kubectl -n "$ns" rollout status "deploy/$deploy" --timeout=300s; then
  echo "rollout failed; undoing" >&2
  kubectl -n "$ns" rollout undo "deploy/$deploy"
  kubectl -n "$ns" rollout status "deploy/$deploy" --timeout=300s
  exit 1
fi
kubectl -n "$ns" get pods -l "app=$deploy" -o wide
