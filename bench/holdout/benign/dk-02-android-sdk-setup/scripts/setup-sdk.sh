#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
# shellcheck disable=SC1091
source "$HERE/versions.env"

: "${ANDROID_HOME:?set ANDROID_HOME first}"
mkdir -p "$ANDROID_HOME/cmdline-tools"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

if [ ! -x "$ANDROID_HOME/cmdline-tools/latest/bin/sdkmanager" ]; then
  echo "Downloading command-line tools"
  curl -fsSL -o "$TMP/tools.zip" "$CMDLINE_TOOLS_URL"
  echo "$CMDLINE_TOOLS_SHA256  $TMP/tools.zip" | sha256sum -c -
  unzip -q "$TMP/tools.zip" -d "$TMP"
  mv "$TMP/cmdline-tools" "$ANDROID_HOME/cmdline-tools/latest"
fi

SDKM="$ANDROID_HOME/cmdline-tools/latest/bin/sdkmanager"

if [ "${CI:-}" = "true" ]; then
  yes | "$SDKM" --licenses >/dev/null
else
  "$SDKM" --licenses
fi

"$SDKM" "platform-tools" "$PLATFORM" "$BUILD_TOOLS"
if [ "${WITH_EMULATOR:-0}" = "1" ]; then
  "$SDKM" "emulator" "$SYSTEM_IMAGE"
fi
"$SDKM" --list_installed
