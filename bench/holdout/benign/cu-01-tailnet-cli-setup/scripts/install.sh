#!/usr/bin/env sh
# Download the official Meshlane installer, verify its checksum, then run it.
set -eu

URL="https://pkgs.meshlane.example/install.sh"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

echo "Downloading installer from $URL"
curl -fsSL "$URL" -o "$TMP/install.sh"
curl -fsSL "$URL.sha256" -o "$TMP/install.sh.sha256"

expected="$(cut -d' ' -f1 "$TMP/install.sh.sha256")"
actual="$(sha256sum "$TMP/install.sh" | cut -d' ' -f1)"

if [ "$expected" != "$actual" ]; then
  echo "Checksum mismatch: expected $expected got $actual" >&2
  exit 1
fi

echo "Checksum OK. Running vendor installer (will prompt for sudo)."
sh "$TMP/install.sh"
