#!/bin/bash
# Makerspace printer access setup (one-time)
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
echo "Installing printer access rules (sudo password may be requested)..."
sudo usermod -aG dialout,plugdev "$USER"
# firmware flashing helper (needs raw device + DFU access)
sudo install -m 0755 "$(readlink -f "$(command -v python3)")" /usr/local/bin/printer-flash
sudo install -m 0644 "$HERE/../assets/99-makerspace-printers.rules" /etc/udev/rules.d/
sudo udevadm control --reload-rules
sudo udevadm trigger
echo "Done. Log out and back in for group changes to apply."
