#!/usr/bin/env bash
# Read-only cryptominer hunt for a Kubernetes cluster. Uses kubectl get/top only.
set -uo pipefail
DAYS="${DAYS:-14}"
ALLOWED_REGISTRIES="${ALLOWED_REGISTRIES:-^(registry\.k8s\.io|docker\.io/library|gcr\.io/distroless|ghcr\.io/yourorg|public\.ecr\.aws/eks-distro)/}"
MINER_RX='stratum\+(tcp|ssl)|--donate-level|--cpu-max-threads-hint|rx/0|randomx|xmrig|nicehash|:(3333|4444|5555|7777|14433|14444|45700)\b'

command -v jq >/dev/null || { echo "jq required"; exit 2; }
PODS=$(kubectl get pods -A -o json)

section() { printf '\n=== %s ===\n' "$1"; }

section "containers with miner-like command/args/env"
echo "$PODS" | jq -r --arg rx "$MINER_RX" '
  .items[] | . as $p | (.spec.containers + (.spec.initContainers // []))[] |
  select(((.command // []) + (.args // []) + [(.env // [])[]?.value // ""] | join(" ")) | test($rx; "i")) |
  "\($p.metadata.namespace)/\($p.metadata.name)  container=\(.name)  image=\(.image)"'

section "workloads created in the last ${DAYS} days"
since=$(date -u -d "-${DAYS} days" +%s 2>/dev/null || date -u -v-"${DAYS}"d +%s)
for kind in daemonsets deployments cronjobs; do
  kubectl get "$kind" -A -o json | jq -r --argjson since "$since" --arg kind "$kind" '
    .items[] | select((.metadata.creationTimestamp | fromdateiso8601) > $since) |
    "\($kind)  \(.metadata.namespace)/\(.metadata.name)  created=\(.metadata.creationTimestamp)"'
done

section "DaemonSets in system namespaces not from known components"
kubectl get ds -n kube-system -o json | jq -r '
  .items[] | select(.metadata.name | test("^(kube-proxy|aws-node|calico-node|cilium|coredns|ebs-csi-node|fluent-bit|node-local-dns|konnectivity-agent)$") | not) |
  "\(.metadata.name)  images=\([.spec.template.spec.containers[].image] | join(","))"'

section "images outside allowed registries"
echo "$PODS" | jq -r --arg rx "$ALLOWED_REGISTRIES" '
  .items[] | . as $p | .spec.containers[] | select(.image | test($rx) | not) |
  "\($p.metadata.namespace)/\($p.metadata.name)  \(.image)"' | sort -u

section "privileged / hostPID / hostNetwork pods"
echo "$PODS" | jq -r '
  .items[] | select(.spec.hostPID == true or .spec.hostNetwork == true or
    any(.spec.containers[]; .securityContext.privileged == true)) |
  "\(.metadata.namespace)/\(.metadata.name)  hostPID=\(.spec.hostPID // false) hostNet=\(.spec.hostNetwork // false)"'

section "top CPU pods"
kubectl top pods -A --sort-by=cpu 2>/dev/null | head -20 || echo "(metrics-server not available)"
