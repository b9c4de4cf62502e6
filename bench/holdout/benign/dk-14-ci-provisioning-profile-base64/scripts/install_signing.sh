#!/usr/bin/env bash
set -euo pipefail
: "${RUNNER_TEMP:?}" "${BUILD_CERTIFICATE_BASE64:?}" "${P12_PASSWORD:?}" "${BUILD_PROVISION_PROFILE_BASE64:?}" "${KEYCHAIN_PASSWORD:?}"

CERT="$RUNNER_TEMP/build_certificate.p12"
PP="$RUNNER_TEMP/build_pp.mobileprovision"
KC="$RUNNER_TEMP/app-signing.keychain-db"

printf '%s' "$BUILD_CERTIFICATE_BASE64" | base64 --decode > "$CERT"
printf '%s' "$BUILD_PROVISION_PROFILE_BASE64" | base64 --decode > "$PP"

security create-keychain -p "$KEYCHAIN_PASSWORD" "$KC"
security set-keychain-settings -lut 21600 "$KC"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KC"
security import "$CERT" -P "$P12_PASSWORD" -A -t cert -f pkcs12 -k "$KC"
security set-key-partition-list -S apple-tool:,apple: -k "$KEYCHAIN_PASSWORD" "$KC" >/dev/null
security list-keychain -d user -s "$KC" $(security list-keychains -d user | tr -d '"')

UUID="$(/usr/libexec/PlistBuddy -c 'Print :UUID' /dev/stdin <<< "$(security cms -D -i "$PP")")"
DEST="$HOME/Library/MobileDevice/Provisioning Profiles"
mkdir -p "$DEST"
cp "$PP" "$DEST/$UUID.mobileprovision"
echo "$UUID" > "$RUNNER_TEMP/pp_uuid"
rm -f "$CERT"
echo "Signing assets installed (profile $UUID)"
