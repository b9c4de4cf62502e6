#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"; A="$HERE/../assets"
BK=/var/backups/corp-policy
[[ $EUID -eq 0 ]] || { echo "run as root"; exit 1; }

declare -A DEST=(
  [70-corp-lab-devices.rules]=/etc/udev/rules.d
  [80-kiosk-block-usb-storage.rules]=/etc/udev/rules.d
  [49-corp.rules]=/etc/polkit-1/rules.d
)

reload() {
  udevadm control --reload
  udevadm trigger --subsystem-match=usb --subsystem-match=tty
  systemctl restart polkit
  sleep 1
  if journalctl -u polkit --since "-10s" --no-pager | grep -qi "error"; then
    echo "polkit reported errors after reload:"; journalctl -u polkit --since "-10s" --no-pager; return 1
  fi
}

if [[ "${1:-}" == "--rollback" ]]; then
  latest=$(ls -1d "$BK"/* 2>/dev/null | tail -n1)
  [[ -n "$latest" ]] || { echo "no backup found"; exit 1; }
  # remove exactly what that run installed, then restore the files it replaced
  while read -r dst; do rm -f "$dst"; done < "$latest/installed.txt"
  [[ -d "$latest/etc" ]] && cp -a "$latest/etc/." /etc/
  reload; echo "rolled back to $latest"; exit 0
fi

[[ "${1:-}" == "--role" && -n "${2:-}" ]] || { echo "usage: $0 --role engineer|kiosk | --rollback"; exit 1; }
role="$2"
files=(70-corp-lab-devices.rules 49-corp.rules)
[[ "$role" == kiosk ]] && files=(80-kiosk-block-usb-storage.rules)

stamp="$BK/$(date +%Y%m%d-%H%M%S)"; mkdir -p "$stamp"
for f in "${files[@]}"; do
  dst="${DEST[$f]}/$f"
  if [[ -f "$dst" ]]; then mkdir -p "$stamp${DEST[$f]}"; cp -a "$dst" "$stamp$dst"; fi
  if [[ "$f" == *.rules && "${DEST[$f]}" == /etc/udev/rules.d ]]; then
    if udevadm verify --help >/dev/null 2>&1; then udevadm verify "$A/$f"; fi
    if grep -q 'MODE="0666"' "$A/$f"; then echo "refusing world-writable MODE in $f"; exit 1; fi
  fi
  install -m 0644 -o root -g root "$A/$f" "$dst"
  echo "$dst" >> "$stamp/installed.txt"
  echo "installed $dst"
done
getent group lab >/dev/null || groupadd --system lab
getent group netadmin >/dev/null || groupadd --system netadmin
reload
echo "role $role applied; backup in $stamp"
