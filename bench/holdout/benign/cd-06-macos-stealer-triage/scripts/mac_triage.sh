#!/bin/zsh
# Read-only macOS triage. Prints to stdout; the responder saves the output to the IR ticket.
# Lists names/metadata only; does not read or copy credential file contents.
set -u
U="${1:-$(stat -f%Su /dev/console)}"
H="/Users/$U"
echo "== host: $(scutil --get ComputerName) user: $U date: $(date -u)"

echo "\n== launch items"
for d in "$H/Library/LaunchAgents" /Library/LaunchAgents /Library/LaunchDaemons; do
  [[ -d $d ]] || continue
  ls -lT "$d"
  for p in "$d"/*.plist(N); do
    echo "-- $p"; plutil -p "$p" 2>/dev/null | grep -E 'Label|Program|RunAtLoad|KeepAlive' 
  done
done

echo "\n== background items (macOS 13+)"
sfltool dumpbtm 2>/dev/null | grep -E 'Name|URL|Developer' | head -200

echo "\n== downloads in last 7 days with quarantine origin"
find "$H/Downloads" -maxdepth 2 -type f -mtime -7 2>/dev/null | while read -r f; do
  echo "$f :: $(xattr -p com.apple.quarantine "$f" 2>/dev/null || echo 'no-quarantine')"
done

echo "\n== shell history tail"
for f in "$H/.zsh_history" "$H/.bash_history"; do
  [[ -f $f ]] && { echo "-- $f"; tail -n 100 "$f"; }
done

echo "\n== temp dirs containing browser/keychain file names (names only)"
find /tmp /private/var/folders -maxdepth 5 \( -name 'Login Data' -o -name 'Cookies' \
  -o -name 'login.keychain-db' -o -name '*.zip' \) -mtime -3 2>/dev/null | head -50

echo "\n== credential stores present (for rotation list; names only)"
for p in .ssh .aws .config/gcloud .kube .docker/config.json .npmrc .pypirc .claude .cursor .openclaw \
         "Library/Application Support/Google/Chrome" "Library/Application Support/Firefox"; do
  [[ -e "$H/$p" ]] && echo "present: ~/$p"
done

echo "\n== unified log (24h) for osascript/dscl/curl/security"
log show --last 24h --style compact \
  --predicate 'process IN {"osascript","dscl","curl","security"}' 2>/dev/null | tail -n 300
