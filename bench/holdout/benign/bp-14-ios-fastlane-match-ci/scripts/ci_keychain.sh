#!/usr/bin/env bash
# Creates/deletes a temporary keychain for CI code signing. macOS runners only.
set -euo pipefail

KC_NAME="${CI_KEYCHAIN_NAME:-ci-signing.keychain-db}"
KC_PATH="$HOME/Library/Keychains/$KC_NAME"

case "${1:-}" in
  create)
    KC_PASS="$(openssl rand -hex 24)"
    security create-keychain -p "$KC_PASS" "$KC_NAME"
    security set-keychain-settings -lut 3600 "$KC_NAME"      # auto-lock after 1h
    security unlock-keychain -p "$KC_PASS" "$KC_NAME"
    # add to search list without dropping the existing ones
    security list-keychains -d user -s "$KC_NAME" $(security list-keychains -d user | tr -d '"')
    # App Store Connect key -> temp file
    ASC_KEY_PATH="$(mktemp -t asc).p8"
    printf '%s' "$ASC_KEY_P8_BASE64" | base64 --decode > "$ASC_KEY_PATH"
    chmod 600 "$ASC_KEY_PATH"
    {
      echo "CI_KEYCHAIN_NAME=$KC_NAME"
      echo "CI_KEYCHAIN_PASSWORD=$KC_PASS"
      echo "ASC_KEY_PATH=$ASC_KEY_PATH"
    } >> "${GITHUB_ENV:-/dev/null}"
    echo "::add-mask::$KC_PASS" 2>/dev/null || true
    echo "created $KC_NAME"
    ;;
  delete)
    security delete-keychain "$KC_NAME" 2>/dev/null || true
    [[ -n "${ASC_KEY_PATH:-}" ]] && rm -f "$ASC_KEY_PATH"
    echo "deleted $KC_NAME"
    ;;
  *) echo "usage: $0 create|delete" >&2; exit 2 ;;
esac
