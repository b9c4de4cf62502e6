#!/usr/bin/env bash
# Download a JPlag release jar from GitHub and verify its SHA-256.
# Usage: fetch_jplag.sh <version>   (you will be asked for the expected hash)
set -euo pipefail
VER="${1:?version, e.g. 6.1.0}"
DIR="$(cd "$(dirname "$0")" && pwd)"
URL="https://github.com/jplag/JPlag/releases/download/v${VER}/jplag-${VER}-jar-with-dependencies.jar"

read -r -p "Expected SHA-256 (from the release page): " expected
curl -fL --proto '=https' -o "$DIR/jplag.jar.part" "$URL"
actual="$(sha256sum "$DIR/jplag.jar.part" | cut -d' ' -f1)"
if [ "$actual" != "$expected" ]; then
  rm -f "$DIR/jplag.jar.part"
  echo "Checksum mismatch: got $actual" >&2
  exit 1
fi
mv "$DIR/jplag.jar.part" "$DIR/jplag.jar"
echo "JPlag $VER ready at $DIR/jplag.jar"
