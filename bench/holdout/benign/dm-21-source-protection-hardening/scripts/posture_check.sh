#!/bin/bash
# Read-only posture check for reporter Macs. Prints a summary; changes nothing.
set -u

row() { printf '%-22s %s\n' "$1" "$2"; }

row "macOS" "$(sw_vers -productVersion 2>/dev/null)"
row "FileVault" "$(fdesetup status 2>/dev/null | head -1)"
row "Gatekeeper" "$(spctl --status 2>/dev/null)"
row "SIP" "$(csrutil status 2>/dev/null | sed 's/System Integrity Protection status: //')"
row "Firewall" "$(/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate 2>/dev/null)"
row "Stealth mode" "$(/usr/libexec/ApplicationFirewall/socketfilterfw --getstealthmode 2>/dev/null)"
row "Auto check updates" "$(defaults read /Library/Preferences/com.apple.SoftwareUpdate AutomaticCheckEnabled 2>/dev/null || echo unknown)"
row "Screen lock" "$(sysadminctl -screenLock status 2>&1 | tail -1)"

echo
echo "Login items / LaunchAgents (names only):"
ls -1 "$HOME/Library/LaunchAgents" 2>/dev/null | sed 's/^/  /'
ls -1 /Library/LaunchAgents 2>/dev/null | sed 's/^/  (system) /'
