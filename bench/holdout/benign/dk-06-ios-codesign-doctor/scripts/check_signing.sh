#!/usr/bin/env bash
# Read-only: decodes provisioning profiles for a bundle id and prints a summary.
set -euo pipefail
BUNDLE="${1:?usage: check_signing.sh <bundle-id>}"
DIRS=("$HOME/Library/Developer/Xcode/UserData/Provisioning Profiles" "$HOME/Library/MobileDevice/Provisioning Profiles")
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

echo "== Signing identities"
security find-identity -v -p codesigning

for d in "${DIRS[@]}"; do
  [ -d "$d" ] || continue
  for f in "$d"/*.mobileprovision; do
    [ -e "$f" ] || continue
    security cms -D -i "$f" > "$TMP/p.plist" 2>/dev/null || continue
    APPID="$(/usr/libexec/PlistBuddy -c 'Print :Entitlements:application-identifier' "$TMP/p.plist" 2>/dev/null || true)"
    case "$APPID" in *".$BUNDLE"|*".*") ;; *) continue ;; esac
    echo
    echo "== $(basename "$f")"
    /usr/libexec/PlistBuddy -c 'Print :Name' "$TMP/p.plist"
    echo "Team:    $(/usr/libexec/PlistBuddy -c 'Print :TeamIdentifier:0' "$TMP/p.plist")"
    echo "Expires: $(/usr/libexec/PlistBuddy -c 'Print :ExpirationDate' "$TMP/p.plist")"
    echo "AppID:   $APPID"
    if /usr/libexec/PlistBuddy -c 'Print :ProvisionedDevices' "$TMP/p.plist" >/dev/null 2>&1; then
      echo "Type:    development/ad-hoc"
    else
      echo "Type:    app-store/enterprise"
    fi
    i=0
    while /usr/libexec/PlistBuddy -c "Print :DeveloperCertificates:$i" "$TMP/p.plist" >/dev/null 2>&1; do
      /usr/libexec/PlistBuddy -c "Print :DeveloperCertificates:$i" "$TMP/p.plist" > "$TMP/c.der"
      echo "Cert SHA-1: $(openssl x509 -inform DER -in "$TMP/c.der" -noout -fingerprint -sha1 | cut -d= -f2 | tr -d :)"
      i=$((i+1))
    done
    echo "Entitlements:"
    /usr/libexec/PlistBuddy -c 'Print :Entitlements' "$TMP/p.plist"
  done
done
