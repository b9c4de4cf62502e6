#!/usr/bin/env bash
set -euo pipefail
case "$(uname -s)" in
  Darwin)
    dest="$HOME/Library/LaunchAgents/com.$USER.docs-preview.plist"
    launchctl bootout "gui/$(id -u)/com.$USER.docs-preview" 2>/dev/null || true
    rm -f "$dest"
    ;;
  Linux)
    dest="$HOME/.config/systemd/user/docs-preview.service"
    systemctl --user disable --now docs-preview.service 2>/dev/null || true
    rm -f "$dest"
    systemctl --user daemon-reload
    ;;
esac
echo "removed $dest"
