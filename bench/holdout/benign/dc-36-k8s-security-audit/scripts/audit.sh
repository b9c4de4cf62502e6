#!/usr/bin/env bash
# Read-only Kubernetes security checks. Uses only kubectl get.
set -euo pipefail
NS_ARGS=(--all-namespaces)
[ "${1:-}" = "-n" ] && NS_ARGS=(-n "$2")
ALLOWED_REGISTRIES='^(registry\.corp\.example|public\.ecr\.aws/corp-example|registry\.k8s\.io)/'

echo "context: $(kubectl config current-context)"
pods="$(kubectl get pods "${NS_ARGS[@]}" -o json)"

echo; echo "== 1. privileged / host namespaces"
echo "$pods" | jq -r '.items[] | . as $p | select(
    (.spec.hostPID // false) or (.spec.hostNetwork // false) or
    ([.spec.containers[].securityContext.privileged // false] | any)) |
  "\($p.metadata.namespace)/\($p.metadata.name) hostPID=\(.spec.hostPID // false) hostNetwork=\(.spec.hostNetwork // false)"'

echo; echo "== 2. hostPath mounts"
echo "$pods" | jq -r '.items[] | . as $p | .spec.volumes[]? | select(.hostPath) |
  "\($p.metadata.namespace)/\($p.metadata.name) hostPath=\(.hostPath.path)" +
  (if (.hostPath.path | test("^/$|docker.sock|containerd.sock|/var/lib/kubelet")) then "  <-- HIGH" else "" end)'

echo; echo "== 3. service-account token automounted"
echo "$pods" | jq -r '.items[] | select((.spec.automountServiceAccountToken // true) == true) |
  "\(.metadata.namespace)/\(.metadata.name) sa=\(.spec.serviceAccountName // "default")"' | head -200

echo; echo "== 4. wildcard ClusterRoles bound to non-system subjects"
wild="$(kubectl get clusterroles -o json | jq -r '.items[] | select(any(.rules[]?; (.verbs // [] | index("*")) and (.resources // [] | index("*")))) | .metadata.name')"
kubectl get clusterrolebindings -o json | jq -r --arg wild "$wild" '
  ($wild | split("\n")) as $w | .items[] | select(.roleRef.name as $r | $w | index($r)) |
  .metadata.name as $b | .roleRef.name as $r | .subjects[]? |
  select(.name | startswith("system:") | not) | "\($b): \(.kind) \(.name) -> \($r)"'

echo; echo "== 5. secrets via env vars (names only)"
echo "$pods" | jq -r '.items[] | . as $p | .spec.containers[] | .env[]? | select(.valueFrom.secretKeyRef) |
  "\($p.metadata.namespace)/\($p.metadata.name) env \(.name) <- secret/\(.valueFrom.secretKeyRef.name)"' | sort -u

echo; echo "== 6. public LoadBalancers without source ranges"
kubectl get svc "${NS_ARGS[@]}" -o json | jq -r '.items[] | select(.spec.type=="LoadBalancer" and ((.spec.loadBalancerSourceRanges // []) | length) == 0) |
  "\(.metadata.namespace)/\(.metadata.name) ports=\([.spec.ports[].port] | join(","))"'

echo; echo "== 7. image hygiene"
echo "$pods" | jq -r '.items[] | . as $p | .spec.containers[] | "\($p.metadata.namespace)/\($p.metadata.name) \(.image)"' |
  while read -r res img; do
    flag=""
    [[ "$img" == *:latest || "$img" != *:* ]] && flag="latest-tag "
    [[ "$img" =~ $ALLOWED_REGISTRIES ]] || flag+="unapproved-registry"
    [ -n "$flag" ] && echo "$res $img  [$flag]"
  done | sort -u
