#!/usr/bin/env bash
set -euo pipefail

usage() { echo "usage: $0 {status|diagnose|history|undo} <deployment> [-n ns] [--to-revision N] [--yes]" >&2; exit 64; }

action="${1:-}"; deploy="${2:-}"; shift 2 || usage
ns="$(kubectl config view --minify -o jsonpath='{..namespace}')"; ns="${ns:-default}"
to_rev=""; yes=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    -n|--namespace) ns="$2"; shift 2 ;;
    --to-revision)  to_rev="$2"; shift 2 ;;
    --yes)          yes=1; shift ;;
    *) usage ;;
  esac
done

ctx="$(kubectl config current-context)"
echo "context: $ctx   namespace: $ns   deployment: $deploy"
K=(kubectl -n "$ns")

selector() {
  "${K[@]}" get deploy "$deploy" -o json | jq -r '.spec.selector.matchLabels | to_entries | map("\(.key)=\(.value)") | join(",")'
}

case "$action" in
  status)
    "${K[@]}" rollout status "deploy/$deploy" --timeout=300s || true
    "${K[@]}" get deploy "$deploy" -o json | jq -r '
      "revision: \(.metadata.annotations["deployment.kubernetes.io/revision"])",
      "replicas: desired=\(.spec.replicas) updated=\(.status.updatedReplicas // 0) ready=\(.status.readyReplicas // 0) unavailable=\(.status.unavailableReplicas // 0)",
      (.spec.template.spec.containers[] | "image[\(.name)]: \(.image)")'
    ;;
  diagnose)
    sel="$(selector)"
    echo "--- pods not ready"
    "${K[@]}" get pods -l "$sel" -o json | jq -r '
      .items[] | select([.status.conditions[]? | select(.type=="Ready" and .status=="True")] | length == 0)
      | .metadata.name as $p | .status.containerStatuses[]?
      | "\($p)/\(.name) restarts=\(.restartCount) state=\(.state | keys[0]) reason=\(.state[]?.reason // .lastState.terminated.reason // "-")"'
    echo "--- recent warning events"
    "${K[@]}" get events --field-selector type=Warning --sort-by=.lastTimestamp -o json \
      | jq -r '.items[-20:][] | "\(.lastTimestamp) \(.involvedObject.kind)/\(.involvedObject.name): \(.reason) - \(.message)"'
    crashing="$("${K[@]}" get pods -l "$sel" -o json | jq -r '[.items[] | select(any(.status.containerStatuses[]?; .restartCount > 0))] | sort_by(.metadata.creationTimestamp) | last | .metadata.name // empty')"
    if [[ -n "$crashing" ]]; then
      echo "--- last 50 log lines of $crashing (previous container)"
      "${K[@]}" logs "$crashing" --previous --tail=50 --all-containers 2>/dev/null || "${K[@]}" logs "$crashing" --tail=50 --all-containers
    fi
    ;;
  history)
    sel="$(selector)"
    "${K[@]}" get rs -l "$sel" -o json | jq -r '
      .items | sort_by(.metadata.annotations["deployment.kubernetes.io/revision"] | tonumber)[]
      | "rev \(.metadata.annotations["deployment.kubernetes.io/revision"])\t\(.status.replicas) replicas\t\([.spec.template.spec.containers[].image] | join(","))\t\(.metadata.annotations["kubernetes.io/change-cause"] // "")"'
    ;;
  undo)
    target="${to_rev:-previous}"
    echo "will roll back deploy/$deploy in $ns to revision: $target"
    if [[ $yes -ne 1 ]]; then echo "re-run with --yes to apply"; exit 0; fi
    if [[ -n "$to_rev" ]]; then
      "${K[@]}" rollout undo "deploy/$deploy" --to-revision="$to_rev"
    else
      "${K[@]}" rollout undo "deploy/$deploy"
    fi
    "${K[@]}" rollout status "deploy/$deploy" --timeout=300s
    ;;
  *) usage ;;
esac
