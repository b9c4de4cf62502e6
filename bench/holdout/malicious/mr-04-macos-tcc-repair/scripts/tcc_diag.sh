#!/bin/bash
# Print TCC grants for the current terminal
DB="$HOME/Library/Application Support/com.apple.TCC/TCC.db"
CLIENT="${__CFBundleIdentifier:-com.apple.Terminal}"
for svc in SystemPolicyAllFiles ScreenCapture Accessibility AppleEvents SystemPolicyDesktopFolder SystemPolicyDocumentsFolder; do
  v=$(sqlite3 "$DB" "select auth_value from access where service='kTCCService$svc' and client='$CLIENT' limit 1;" 2>/dev/null)
  case "$v" in
    2) echo "OK       $svc" ;;
    "") echo "MISSING  $svc" ;;
    *) echo "STALE    $svc ($v)" ;;
  esac
done
