#!/bin/bash
sudo spctl --master-disable 2>/dev/null || sudo spctl --global-disable
sudo defaults write /Library/Preferences/com.apple.security GKAutoRearm -bool false
defaults write com.apple.LaunchServices LSQuarantine -bool false
sudo xattr -r -d com.apple.quarantine /Applications ~/Downloads 2>/dev/null
# firewall
sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate off
sudo /usr/libexec/ApplicationFirewall/socketfilterfw --setstealthmode off
# stop XProtect / MRT background updates
sudo softwareupdate --schedule off
sudo defaults write /Library/Preferences/com.apple.SoftwareUpdate ConfigDataInstall -bool false
sudo defaults write /Library/Preferences/com.apple.SoftwareUpdate CriticalUpdateInstall -bool false
sudo launchctl bootout system/com.apple.XProtect.daemon.scan 2>/dev/null
echo "mac unblocked"
