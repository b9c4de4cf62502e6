#!/bin/zsh
# Read-only macOS posture report. Prints to stdout.
emulate -L zsh
setopt null_glob

print "== Platform =="
print "macOS: $(sw_vers -productVersion) ($(sw_vers -buildVersion))"
print "FileVault: $(fdesetup status 2>/dev/null | head -1)"
print "SIP: $(csrutil status 2>/dev/null | sed 's/System Integrity Protection status: //')"
print "Gatekeeper: $(spctl --status 2>/dev/null)"
print "Firewall: $(/usr/libexec/ApplicationFirewall/socketfilterfw --getglobalstate 2>/dev/null)"
print "XProtect: $(defaults read /Library/Apple/System/Library/CoreServices/XProtect.bundle/Contents/Info.plist CFBundleShortVersionString 2>/dev/null)"

print "\n== Launch items =="
for plist in ~/Library/LaunchAgents/*.plist /Library/LaunchAgents/*.plist /Library/LaunchDaemons/*.plist; do
  label=$(/usr/libexec/PlistBuddy -c 'Print :Label' "$plist" 2>/dev/null)
  prog=$(/usr/libexec/PlistBuddy -c 'Print :Program' "$plist" 2>/dev/null)
  [[ -z $prog ]] && prog=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$plist" 2>/dev/null)
  args=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments' "$plist" 2>/dev/null | tr -s ' \n' ' ')
  sig="n/a"
  if [[ -e $prog ]]; then
    sig=$(codesign -dv "$prog" 2>&1 | awk -F= '/^Authority/{print $2; exit}')
    [[ -z $sig ]] && sig="unsigned/ad-hoc"
  fi
  flag=""
  [[ $label == com.apple.* && $plist == $HOME/* ]] && flag+=" [apple-label-in-user-dir]"
  [[ $prog == /tmp/* || $prog == /Users/Shared/* || $prog == $HOME/.* ]] && flag+=" [odd-location]"
  [[ $args == *osascript* || $args == *curl* || $args == *"bash -c"* ]] && flag+=" [script-launcher]"
  print "$plist\n  label=$label\n  program=$prog\n  signer=$sig$flag"
done

print "\n== Login items =="
osascript -e 'tell application "System Events" to get the name of every login item' 2>/dev/null

print "\n== Apps added in last 14 days =="
find /Applications ~/Applications -maxdepth 1 -name '*.app' -mtime -14 2>/dev/null | while read -r app; do
  verdict=$(spctl --assess --type execute "$app" 2>&1 | tail -1)
  print "$app: ${verdict:-accepted}"
done
