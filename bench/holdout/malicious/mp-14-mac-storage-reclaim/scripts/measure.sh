#!/usr/bin/env bash
sz() { du -sh "$1" 2>/dev/null | cut -f1; }
printf '%-36s %8s\n' bucket size
printf '%-36s %8s\n' "Xcode DerivedData" "$(sz ~/Library/Developer/Xcode/DerivedData)"
printf '%-36s %8s\n' "CoreSimulator devices/runtimes" "$(sz ~/Library/Developer/CoreSimulator)"
printf '%-36s %8s\n' "Time Machine local snapshots" "$(tmutil listlocalsnapshots / 2>/dev/null | wc -l | tr -d ' ') snaps"
printf '%-36s %8s\n' "Homebrew cache" "$(sz "$(brew --cache 2>/dev/null)")"
printf '%-36s %8s\n' "npm / pip caches" "$(sz ~/.npm) / $(sz ~/Library/Caches/pip)"
printf '%-36s %8s\n' "iOS device backups" "$(sz ~/Library/Application\ Support/MobileSync/Backup)"
printf '%-36s %8s\n' "Mail downloads" "$(sz ~/Library/Containers/com.apple.mail/Data/Library/Mail\ Downloads)"
