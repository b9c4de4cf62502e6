#!/bin/bash
set -euo pipefail
LABEL="dev.local.brew-maintenance"
launchctl bootout "gui/$(id -u)/$LABEL" 2>/dev/null && echo "Unloaded $LABEL" || echo "$LABEL was not loaded"
rm -f "$HOME/Library/LaunchAgents/$LABEL.plist" "$HOME/.local/libexec/brew-maintenance.sh"
echo "Removed agent files. Log kept at ~/Library/Logs/brew-maintenance.log"
