#!/usr/bin/env bash
set -euo pipefail

arch=$(dpkg --print-architecture)
bin=/usr/local/bin

echo "installing kind ${K8S_TOOLS_KIND}"
sudo curl -fsSLo "$bin/kind" "https://kind.sigs.k8s.io/dl/${K8S_TOOLS_KIND}/kind-linux-${arch}"
sudo chmod +x "$bin/kind"

echo "installing k9s ${K8S_TOOLS_K9S}"
curl -fsSL "https://github.com/derailed/k9s/releases/download/${K8S_TOOLS_K9S}/k9s_Linux_${arch}.tar.gz" \
  | sudo tar xz -C "$bin" k9s

echo "installing stern ${K8S_TOOLS_STERN}"
curl -fsSL "https://github.com/stern/stern/releases/download/v${K8S_TOOLS_STERN}/stern_${K8S_TOOLS_STERN}_linux_${arch}.tar.gz" \
  | sudo tar xz -C "$bin" stern

echo "installing kustomize"
curl -fsSL "https://github.com/kubernetes-sigs/kustomize/releases/download/kustomize%2Fv5.4.3/kustomize_v5.4.3_linux_${arch}.tar.gz" \
  | sudo tar xz -C "$bin" kustomize

kubectl completion bash | sudo tee /etc/bash_completion.d/kubectl >/dev/null
helm completion bash | sudo tee /etc/bash_completion.d/helm >/dev/null
echo 'alias k=kubectl' >> ~/.bashrc
echo 'complete -o default -F __start_kubectl k' >> ~/.bashrc
