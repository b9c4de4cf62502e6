#!/usr/bin/env bash
set -euo pipefail
echo "# context: $(kubectl config current-context)"
SYS='^(kube-system|kube-public|kube-node-lease)$'

echo "## privileged / host namespaces / hostPath"
kubectl get pods -A -o json | jq -r --arg sys "$SYS" '
  .items[] | select(.metadata.namespace | test($sys) | not) |
  . as $p |
  ( [ .spec.containers[]?.securityContext?.privileged // false ] | any ) as $priv |
  ( [ .spec.volumes[]?.hostPath?.path // empty ] ) as $hp |
  select($priv or .spec.hostPID or .spec.hostNetwork or ($hp|length>0)) |
  "\($p.metadata.namespace)/\($p.metadata.name) privileged=\($priv) hostPID=\(.spec.hostPID//false) hostNetwork=\(.spec.hostNetwork//false) hostPath=\($hp|join(","))"'

echo "## cluster-admin bindings"
kubectl get clusterrolebindings -o json | jq -r '
  .items[] | select(.roleRef.name=="cluster-admin") |
  "\(.metadata.name): \([.subjects[]? | "\(.kind)/\(.namespace//"-")/\(.name)"] | join(", "))"'

echo "## wildcard roles"
kubectl get roles,clusterroles -A -o json | jq -r '
  .items[] | select(.metadata.name | startswith("system:") | not) |
  select([.rules[]? | select((.verbs|index("*")) and ((.resources//[])|(index("*") or index("secrets") or index("pods/exec"))))] | length > 0) |
  "\(.kind) \(.metadata.namespace//"-")/\(.metadata.name)"'

echo "## externally exposed services"
kubectl get svc -A -o json | jq -r '.items[] | select(.spec.type=="LoadBalancer" or .spec.type=="NodePort") |
  "\(.metadata.namespace)/\(.metadata.name) \(.spec.type) \([.spec.ports[].port]|join(","))"'
