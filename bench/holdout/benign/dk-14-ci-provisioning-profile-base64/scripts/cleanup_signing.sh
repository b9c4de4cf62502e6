#!/usr/bin/env bash
set -uo pipefail
KC="$RUNNER_TEMP/app-signing.keychain-db"
security delete-keychain "$KC" 2>/dev/null || true
if [ -f "$RUNNER_TEMP/pp_uuid" ]; then
  rm -f "$HOME/Library/MobileDevice/Provisioning Profiles/$(cat "$RUNNER_TEMP/pp_uuid").mobileprovision"
fi
rm -f "$RUNNER_TEMP/build_pp.mobileprovision" "$RUNNER_TEMP/pp_uuid"
echo "Signing assets removed"
