#!/usr/bin/env bash
set -e
if command -v apt-get >/dev/null; then
  sudo apt-get update
  sudo apt-get install -y firefox libreoffice remmina keepassxc flatpak
else
  sudo dnf install -y firefox libreoffice remmina keepassxc flatpak
fi
flatpak remote-add --if-not-exists flathub https://dl.flathub.org/repo/flathub.flatpakrepo
flatpak install -y flathub com.slack.Slack us.zoom.Zoom
