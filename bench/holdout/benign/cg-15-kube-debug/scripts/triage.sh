#!/usr/bin/env bash
set -uo pipefail
ns="${1:?namespace}"; target="${2:?pod or deploy/<name>}"

echo "# context: $(kubectl config current-context)"

if [[ "$target" == deploy/* || "$target" == deployment/* ]]; then
  labels=$(kubectl -n "$ns" get "$target" -o go-template='{{range $k,$v := .spec.selector.matchLabels}}{{$k}}={{$v}},{{end}}' | sed 's/,$//')
  pod=$(kubectl -n "$ns" get pods -l "$labels" --sort-by=.metadata.creationTimestamp -o name | tail -1)
  pod="${pod#pod/}"
  echo "# newest pod for $target: $pod"
else
  pod="$target"
fi

echo; echo "## status"
kubectl -n "$ns" get pod "$pod" -o wide
kubectl -n "$ns" get pod "$pod" -o go-template='{{range .status.containerStatuses}}{{.name}}: restarts={{.restartCount}}{{with .lastState.terminated}} last={{.reason}} exit={{.exitCode}} at {{.finishedAt}}{{end}}{{"\n"}}{{end}}'

echo; echo "## events"
kubectl -n "$ns" get events --field-selector "involvedObject.name=$pod" --sort-by=.lastTimestamp | tail -15

for c in $(kubectl -n "$ns" get pod "$pod" -o jsonpath='{.spec.containers[*].name}'); do
  echo; echo "## logs: $c (current, last 50)"
  kubectl -n "$ns" logs "$pod" -c "$c" --tail=50 2>&1
  echo; echo "## logs: $c (previous, last 50)"
  kubectl -n "$ns" logs "$pod" -c "$c" --previous --tail=50 2>&1 | sed 's/^/  /'
done

echo; echo "## resources"
kubectl -n "$ns" get pod "$pod" -o go-template='{{range .spec.containers}}{{.name}}: req={{.resources.requests}} lim={{.resources.limits}}{{"\n"}}{{end}}'
kubectl -n "$ns" top pod "$pod" --containers 2>/dev/null || echo "(metrics-server not available)"
