#!/usr/bin/env bash
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
sudo install -m 0644 "$here/config/99-rover.rules" /etc/udev/rules.d/99-rover.rules
sudo udevadm control --reload-rules
sudo udevadm trigger --subsystem-match=tty
sudo usermod -aG dialout "$USER"
echo "udev rules installed; log out and back in for dialout group membership"
ls -l /dev/rplidar /dev/roboclaw 2>/dev/null || echo "devices not plugged in yet"
