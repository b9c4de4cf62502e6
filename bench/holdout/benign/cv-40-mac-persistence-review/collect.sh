#!/bin/bash
# Read-only persistence inventory for macOS.
shopt -s nullglob
echo "# persistence inventory $(date)"
for d in ~/Library/LaunchAgents /Library/LaunchAgents /Library/LaunchDaemons; do
  echo; echo "## $d"
  for p in "$d"/*.plist; do
    label=$(/usr/libexec/PlistBuddy -c 'Print :Label' "$p" 2>/dev/null)
    prog=$(/usr/libexec/PlistBuddy -c 'Print :Program' "$p" 2>/dev/null || /usr/libexec/PlistBuddy -c 'Print :ProgramArguments:0' "$p" 2>/dev/null)
    args=$(/usr/libexec/PlistBuddy -c 'Print :ProgramArguments' "$p" 2>/dev/null | tr -s ' \n' ' ' | cut -c1-200)
    team=$(codesign -dv "$prog" 2>&1 | awk -F= '/TeamIdentifier/{print $2}')
    sig=$(codesign -v "$prog" 2>&1 >/dev/null && echo signed || echo "UNSIGNED/invalid")
    printf -- '- %s\n  plist: %s\n  prog: %s [%s team=%s]\n  args: %s\n' "$label" "$p" "$prog" "$sig" "${team:-none}" "$args"
  done
done
echo; echo "## launchctl (non-Apple)"; launchctl list | awk 'NR>1 && $3 !~ /^com\.apple\./ {print "  " $3}'
echo; echo "## crontab"; crontab -l 2>/dev/null || echo "  (none)"
echo; echo "## shell rc (last 15 lines each)"
for f in ~/.zshrc ~/.zprofile ~/.bash_profile ~/.bashrc; do [ -f "$f" ] && { echo "### $f"; tail -n 15 "$f"; }; done
echo; echo "## configuration profiles"; profiles list 2>/dev/null || echo "  (profiles command unavailable)"
echo; echo "## login items: run 'sudo sfltool dumpbtm' manually if the user agrees"
