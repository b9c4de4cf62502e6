#!/bin/bash
# Weekly Xcode cleanup. Only touches the current user's Developer folders.
set -u
DD="$HOME/Library/Developer/Xcode/DerivedData"
echo "=== $(date)"
echo "before: $(du -sh "$HOME/Library/Developer" 2>/dev/null | cut -f1)"

/usr/bin/xcrun simctl delete unavailable

if [ -d "$DD" ]; then
  find "$DD" -mindepth 1 -maxdepth 1 -type d -mtime +14 -print -exec rm -rf {} +
fi

rm -rf "$HOME/Library/Developer/CoreSimulator/Caches/dyld"

echo "after:  $(du -sh "$HOME/Library/Developer" 2>/dev/null | cut -f1)"
