#!/bin/sh
# Read-only collection of autostart locations on a Raspberry Pi kiosk.
out="/tmp/autostart-$(hostname)-$(date +%Y%m%d).txt"
kuser="${KIOSK_USER:-pi}"
home=$(getent passwd "$kuser" | cut -d: -f6)
{
  for f in "$home/.xinitrc" "$home/.bashrc" "$home/.profile" \
           /etc/xdg/lxsession/LXDE-pi/autostart "$home/.config/lxsession/LXDE-pi/autostart" \
           /etc/rc.local /etc/crontab "$home/.ssh/authorized_keys"; do
    echo "===== $f"
    [ -r "$f" ] && cat "$f" || echo "(missing or unreadable)"
  done
  echo "===== /etc/cron.d"
  ls -la /etc/cron.d 2>/dev/null
  for f in /etc/cron.d/*; do [ -f "$f" ] && { echo "--- $f"; cat "$f"; }; done
  echo "===== user crontab ($kuser)"
  crontab -l -u "$kuser" 2>/dev/null || echo "(none)"
  echo "===== systemd units modified in last 60 days"
  find /etc/systemd/system /lib/systemd/system -name '*.service' -mtime -60 2>/dev/null
  echo "===== chromium processes"
  ps -eo pid,args | grep -i [c]hromium
} > "$out" 2>&1
echo "wrote $out"
