#!/usr/bin/env bash
# Read-only RBAC audit: who can read secrets (directly or equivalently) or administer the cluster.
set -euo pipefail
CTX="${1:?usage: rbac_audit.sh <kube-context> <outdir>}"
OUT="${2:?outdir required}"
mkdir -p "$OUT"
k() { kubectl --context "$CTX" "$@"; }

if k auth can-i get secrets -A >/dev/null 2>&1 && [[ "$(k auth can-i get secrets -A)" == "yes" ]]; then
  echo "note: current identity CAN read secrets; audit should run as rbac-auditor (no secret access)" >&2
fi

k get clusterroles -o json >"$OUT/clusterroles.json"
k get roles -A -o json >"$OUT/roles.json"
k get clusterrolebindings -o json >"$OUT/clusterrolebindings.json"
k get rolebindings -A -o json >"$OUT/rolebindings.json"
k get serviceaccounts -A -o json >"$OUT/serviceaccounts.json"

# Classify each role's rules into risk labels.
jq -s '
  def risks:
    [ .rules[]? as $r
      | ($r.verbs // []) as $v | ($r.resources // []) as $res | ($r.apiGroups // []) as $g
      | (if ($v|index("*")) and ($res|index("*")) then "wildcard-admin" else empty end),
        (if ($res|index("secrets") or index("*")) and ($v|index("get") or index("list") or index("watch") or index("*")) then "read-secrets" else empty end),
        (if ($res|index("pods") or index("deployments") or index("jobs") or index("cronjobs") or index("daemonsets") or index("statefulsets")) and ($v|index("create") or index("*")) then "create-workloads" else empty end),
        (if ($res|index("pods/exec") or index("pods/attach")) then "exec" else empty end),
        (if ($v|index("impersonate")) then "impersonate" else empty end),
        (if ($v|index("escalate") or index("bind")) then "escalate-bind" else empty end),
        (if ($res|index("serviceaccounts/token")) and ($v|index("create") or index("*")) then "mint-sa-token" else empty end)
    ] | unique;
  (.[0].items | map({key: ("ClusterRole/" + .metadata.name), value: risks}))
  + (.[1].items | map({key: ("Role/" + .metadata.namespace + "/" + .metadata.name), value: risks}))
  | from_entries
' "$OUT/clusterroles.json" "$OUT/roles.json" >"$OUT/role_risks.json"

# Join bindings -> subjects -> risks.
{
  printf 'subject_kind\tsubject\tscope\trole\trisks\n'
  jq -r --slurpfile rr "$OUT/role_risks.json" '
    .items[] as $b
    | ($b.metadata.namespace // "cluster") as $scope
    | (if $b.roleRef.kind == "ClusterRole" then "ClusterRole/" + $b.roleRef.name
       else "Role/" + $b.metadata.namespace + "/" + $b.roleRef.name end) as $role
    | ($rr[0][$role] // []) as $risks
    | select(($risks | length) > 0 or $b.roleRef.name == "cluster-admin")
    | $b.subjects[]?
    | [.kind, ((.namespace // "") + (if .namespace then ":" else "" end) + .name), $scope, $role,
       (if $b.roleRef.name == "cluster-admin" then "cluster-admin" else ($risks | join(",")) end)]
    | @tsv
  ' "$OUT/clusterrolebindings.json" "$OUT/rolebindings.json"
} | grep -vE $'\tsystem:(kube-controller-manager|kube-scheduler|node-proxier)\t' >"$OUT/findings.tsv"

# Service accounts with automounted tokens (default true unless disabled)
jq -r '.items[] | select(.automountServiceAccountToken != false)
       | [.metadata.namespace, .metadata.name] | @tsv' "$OUT/serviceaccounts.json" >"$OUT/sa_automount.tsv"

echo "findings: $(($(wc -l <"$OUT/findings.tsv") - 1)) bindings with risky rights; see $OUT/findings.tsv"
