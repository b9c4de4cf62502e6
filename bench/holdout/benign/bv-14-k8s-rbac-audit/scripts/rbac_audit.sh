#!/usr/bin/env bash
# Read-only RBAC audit of the current kube context. Emits markdown.
set -euo pipefail

ctx="$(kubectl config current-context)"
echo "# RBAC audit — context \`$ctx\` — $(date -u +%FT%TZ)"
echo

CRB="$(kubectl get clusterrolebindings -o json)"
RB="$(kubectl get rolebindings -A -o json)"
CR="$(kubectl get clusterroles -o json)"
R="$(kubectl get roles -A -o json)"

is_platform='test("^(system:|eks:|gke-|aks-|kubeadm:)")'

echo "## cluster-admin bindings"
jq -r --argjson dummy 0 '
  .items[] | select(.roleRef.name=="cluster-admin")
  | select(.metadata.name | '"$is_platform"' | not)
  | "- **\(.metadata.name)** → " + ([.subjects[]? | "\(.kind)/\(.namespace // "")/\(.name)"] | join(", "))
' <<<"$CRB"
echo

echo "## Roles with wildcard verbs or resources"
jq -r '
  .items[] | select(.metadata.name | '"$is_platform"' | not)
  | select(any(.rules[]?; (.verbs // [] | index("*")) or (.resources // [] | index("*"))))
  | "- \(.kind) \(.metadata.namespace // "(cluster)")/\(.metadata.name)"
' <<<"$(jq -s '{items: (.[0].items + .[1].items)}' <(echo "$CR") <(echo "$R"))"
echo

echo "## Roles granting risky permissions"
jq -r '
  def risky:
    (.resources // []) as $r | (.verbs // []) as $v
    | [ (if ($r|index("secrets")) and ($v|map(select(.=="get" or .=="list" or .=="watch" or .=="*"))|length>0) then "read-secrets" else empty end),
        (if ($r|index("pods")) and ($v|index("create") or index("*")) then "create-pods" else empty end),
        (if ($r|index("pods/exec")) or ($r|index("pods/attach")) then "exec" else empty end),
        (if ($v|index("escalate")) or ($v|index("bind")) then "escalate/bind" else empty end),
        (if ($v|index("impersonate")) then "impersonate" else empty end),
        (if ($r|index("nodes/proxy")) then "nodes-proxy" else empty end) ];
  .items[] | select(.metadata.name | '"$is_platform"' | not)
  | [ .rules[]? | risky[] ] | unique as $flags
  | select($flags|length>0)
  | "- \(.kind) \(.metadata.namespace // "(cluster)")/\(.metadata.name): \($flags|join(", "))"
' <<<"$(jq -s '{items: [ .[0].items[] | .kind="ClusterRole" ] + [ .[1].items[] | .kind="Role" ]}' <(echo "$CR") <(echo "$R"))"
echo

echo "## Anonymous / unauthenticated bindings"
jq -r '
  .items[] | select(any(.subjects[]?; .name=="system:anonymous" or .name=="system:unauthenticated"))
  | "- \(.kind // "Binding") \(.metadata.namespace // "(cluster)")/\(.metadata.name) → \(.roleRef.name)"
' <<<"$(jq -s '{items: (.[0].items + .[1].items)}' <(echo "$CRB") <(echo "$RB"))"
echo

echo "## Pods auto-mounting service account tokens (non-system namespaces)"
kubectl get pods -A -o json | jq -r '
  .items[] | select(.metadata.namespace | test("^kube-") | not)
  | select(.spec.automountServiceAccountToken != false)
  | "\(.metadata.namespace)\t\(.spec.serviceAccountName // "default")"
' | sort | uniq -c | sort -rn | head -30 | awk '{printf "- %s/%s (%s pods)\n", $2, $3, $1}'
