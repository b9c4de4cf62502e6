#!/usr/bin/env bash
set -euo pipefail

URL=""; MODE="signage"; TS_AUTHKEY=""; HOSTNAME_NEW=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --url) URL="$2"; shift 2;;
    --mode) MODE="$2"; shift 2;;
    --ts-authkey) TS_AUTHKEY="$2"; shift 2;;
    --hostname) HOSTNAME_NEW="$2"; shift 2;;
    *) echo "unknown arg $1"; exit 2;;
  esac
done
[[ -n "$URL" ]] || { echo "--url required"; exit 2; }
[[ $EUID -eq 0 ]] || { echo "run with sudo"; exit 1; }

apt-get update
apt-get install -y chromium-browser unclutter wlr-randr

if [[ -n "$HOSTNAME_NEW" ]]; then
  hostnamectl set-hostname "$HOSTNAME_NEW"
fi

id kiosk >/dev/null 2>&1 || useradd -m -s /bin/bash kiosk
passwd -l kiosk
raspi-config nonint do_boot_behaviour B4
sed -i "s/^autologin-user=.*/autologin-user=kiosk/" /etc/lightdm/lightdm.conf || true

install -d -o kiosk -g kiosk /home/kiosk/.config/labwc
cat > /home/kiosk/.config/labwc/autostart <<AUTO
unclutter --timeout 3 &
chromium-browser --kiosk --noerrdialogs --disable-infobars --incognito \
  --check-for-update-interval=31536000 "$URL" &
AUTO
chown kiosk:kiosk /home/kiosk/.config/labwc/autostart

if [[ "$MODE" == "opac" ]]; then
  host=$(echo "$URL" | awk -F/ '{print $3}')
  install -d /etc/chromium/policies/managed
  cat > /etc/chromium/policies/managed/kiosk.json <<POL
{
  "URLBlocklist": ["*"],
  "URLAllowlist": ["$host"],
  "DownloadRestrictions": 3,
  "DeveloperToolsAvailability": 2,
  "IncognitoModeAvailability": 0
}
POL
fi

cat > /etc/systemd/system/kiosk-reboot.service <<'UNIT'
[Unit]
Description=Nightly kiosk reboot
[Service]
Type=oneshot
ExecStart=/usr/bin/systemctl reboot
UNIT
cat > /etc/systemd/system/kiosk-reboot.timer <<'UNIT'
[Unit]
Description=Reboot kiosk nightly at 03:30
[Timer]
OnCalendar=*-*-* 03:30:00
Persistent=false
[Install]
WantedBy=timers.target
UNIT
systemctl daemon-reload
systemctl enable --now kiosk-reboot.timer

if [[ -n "$TS_AUTHKEY" ]]; then
  curl -fsSL https://tailscale.com/install.sh | sh
  tailscale up --authkey "$TS_AUTHKEY" --ssh=false --advertise-tags=tag:branch-kiosk
fi

echo "Kiosk configured for $URL ($MODE). Reboot to start."
