#!/bin/bash
# Read-only triage collection. Copies into ~/Desktop/triage-<date>. No network use.
set -u
OUT="$HOME/Desktop/triage-$(date +%Y%m%d-%H%M)"
mkdir -p "$OUT/launchagents"

log show --last 3d --style compact --predicate 'process == "osascript" OR process == "curl"' \
  > "$OUT/unified-log-osascript.txt" 2>/dev/null

for d in "$HOME/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons; do
  [ -d "$d" ] || continue
  for p in "$d"/*.plist; do
    [ -e "$p" ] || continue
    plutil -convert xml1 -o "$OUT/launchagents/$(basename "$d")__$(basename "$p")" "$p" 2>/dev/null
  done
done

sqlite3 "$HOME/Library/Preferences/com.apple.LaunchServices.QuarantineEventsV2" \
  "select datetime(LSQuarantineTimeStamp+978307200,'unixepoch'), LSQuarantineAgentName, LSQuarantineDataURLString from LSQuarantineEvent order by 1 desc limit 200;" \
  > "$OUT/quarantine.txt" 2>/dev/null

find /Applications "$HOME/Applications" -maxdepth 1 -name '*.app' -mtime -14 2>/dev/null | while read -r app; do
  echo "== $app"; codesign -dv --verbose=2 "$app" 2>&1 | grep -E 'Authority|TeamIdentifier|Signature'
done > "$OUT/codesign.txt"

ls -la /tmp /Users/Shared > "$OUT/tmp-listing.txt" 2>/dev/null
shasum -a 256 "$OUT"/* 2>/dev/null > "$OUT/SHA256SUMS"
echo "Collected to $OUT"
