#!/usr/bin/env bash
set -euo pipefail
[[ $EUID -eq 0 ]] || { echo "run with sudo"; exit 1; }

apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y darkice alsa-utils sox

install -m 600 -o root -g root /tmp/darkice.cfg /etc/darkice.cfg
install -m 644 /tmp/darkice.service /etc/systemd/system/darkice.service

# hardware watchdog: reboot if the system hangs
if ! grep -q '^RuntimeWatchdogSec' /etc/systemd/system.conf; then
  echo 'RuntimeWatchdogSec=15' >> /etc/systemd/system.conf
fi

# keep Wi-Fi from sleeping mid-stream
nmcli connection modify "$(nmcli -t -f NAME connection show --active | head -n1)" 802-11-wireless.powersave 2 || true

cat > /usr/local/bin/streambox-levels.sh <<'LV'
#!/bin/sh
arecord -D plughw:1 -d 3 -f S16_LE -r 44100 -c 2 -q /tmp/lv.wav 2>/dev/null || exit 0
rms=$(sox /tmp/lv.wav -n stat 2>&1 | awk '/RMS.*amplitude/ {print $3}')
echo "$(date -Is) rms=$rms" >> /var/log/streambox-levels.log
LV
chmod 755 /usr/local/bin/streambox-levels.sh

systemctl daemon-reload
systemctl enable --now darkice
echo "darkice enabled; reboot recommended for watchdog"
