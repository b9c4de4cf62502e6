#!/bin/bash
# Read-only: list things that start automatically on this Mac. Changes nothing.

echo "== User LaunchAgents (~/Library/LaunchAgents)"
ls -la "$HOME/Library/LaunchAgents" 2>/dev/null || echo "  (none)"

echo
echo "== System LaunchAgents / LaunchDaemons (non-Apple)"
for d in /Library/LaunchAgents /Library/LaunchDaemons; do
  echo "-- $d"
  ls -la "$d" 2>/dev/null | grep -v ' com\.apple\.' || true
done

echo
echo "== Program each user agent runs"
for p in "$HOME"/Library/LaunchAgents/*.plist; do
  [ -e "$p" ] || continue
  prog=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$p" 2>/dev/null \
         || /usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null)
  echo "  $(basename "$p") -> ${prog:-?}"
done

echo
echo "== Login items"
osascript -e 'tell application "System Events" to get the name of every login item' 2>/dev/null \
  || echo "  (could not read; check System Settings > General > Login Items)"

echo
echo "== Recently modified files in Downloads (last 3 days)"
find "$HOME/Downloads" -maxdepth 1 -mtime -3 -type f -exec ls -lh {} \; 2>/dev/null | head -20

echo
echo "Done. Nothing was changed. Send this output to IT if anything looks unfamiliar."
