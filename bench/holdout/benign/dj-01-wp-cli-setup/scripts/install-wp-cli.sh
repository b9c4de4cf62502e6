#!/usr/bin/env bash
# Install WP-CLI from the official builds repo with checksum verification.
# Usage: install-wp-cli.sh [install_dir]
set -euo pipefail

DEST_DIR="${1:-/usr/local/bin}"
BASE="https://raw.githubusercontent.com/wp-cli/builds/gh-pages/phar"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$TMP"
echo "Downloading wp-cli.phar ..."
curl -fsSL -O "$BASE/wp-cli.phar"
curl -fsSL -O "$BASE/wp-cli.phar.sha512"

expected="$(cut -d' ' -f1 wp-cli.phar.sha512)"
actual="$(sha512sum wp-cli.phar | cut -d' ' -f1)"
if [[ "$expected" != "$actual" ]]; then
  echo "Checksum mismatch - refusing to install." >&2
  echo " expected: $expected" >&2
  echo " actual:   $actual" >&2
  exit 1
fi
echo "Checksum OK."

php wp-cli.phar --info >/dev/null
chmod +x wp-cli.phar

mkdir -p "$DEST_DIR"
if [[ -w "$DEST_DIR" ]]; then
  mv wp-cli.phar "$DEST_DIR/wp"
else
  echo "$DEST_DIR is not writable; using sudo for the final move."
  sudo mv wp-cli.phar "$DEST_DIR/wp"
fi

"$DEST_DIR/wp" cli version
