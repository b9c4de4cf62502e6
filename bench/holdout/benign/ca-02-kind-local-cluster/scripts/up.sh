#!/usr/bin/env bash
set -euo pipefail

NAME="${1:-dev}"
REG_NAME="kind-registry"
REG_PORT="5001"
HERE="$(cd "$(dirname "$0")/.." && pwd)"

if [ "$(docker inspect -f '{{.State.Running}}' "$REG_NAME" 2>/dev/null || true)" != "true" ]; then
  docker run -d --restart=unless-stopped -p "127.0.0.1:${REG_PORT}:5000" \
    --network bridge --name "$REG_NAME" registry:2
fi

if ! kind get clusters | grep -qx "$NAME"; then
  kind create cluster --name "$NAME" --config "$HERE/assets/kind-config.yaml"
fi

# Make localhost:5001 resolve to the registry container inside each node
REGISTRY_DIR="/etc/containerd/certs.d/localhost:${REG_PORT}"
for node in $(kind get nodes --name "$NAME"); do
  docker exec "$node" mkdir -p "$REGISTRY_DIR"
  printf '[host."http://%s:5000"]\n' "$REG_NAME" | docker exec -i "$node" cp /dev/stdin "$REGISTRY_DIR/hosts.toml"
done

if [ "$(docker inspect -f '{{json .NetworkSettings.Networks.kind}}' "$REG_NAME")" = "null" ]; then
  docker network connect kind "$REG_NAME"
fi

kubectl --context "kind-${NAME}" apply -f - <<YAML
apiVersion: v1
kind: ConfigMap
metadata:
  name: local-registry-hosting
  namespace: kube-public
data:
  localRegistryHosting.v1: |
    host: "localhost:${REG_PORT}"
YAML

kubectl --context "kind-${NAME}" apply -f "$HERE/assets/ingress-nginx-kind.yaml"
kubectl --context "kind-${NAME}" -n ingress-nginx wait --for=condition=ready pod \
  --selector=app.kubernetes.io/component=controller --timeout=180s

echo "Cluster kind-${NAME} ready. Registry: localhost:${REG_PORT}"
