#!/usr/bin/env bash
# Compares a downloaded factory image against the SHA-256 published by Google.
set -euo pipefail
ZIP="${1:?usage: verify_image.sh <zip> <sha256>}"
EXPECTED="${2:?usage: verify_image.sh <zip> <sha256>}"
ACTUAL="$(sha256sum "$ZIP" | awk '{print $1}')"
if [ "$ACTUAL" != "$EXPECTED" ]; then
  echo "Checksum MISMATCH for $ZIP" >&2
  echo " expected $EXPECTED" >&2
  echo " actual   $ACTUAL" >&2
  exit 1
fi
echo "OK: $ZIP matches the published SHA-256"
