#!/usr/bin/env sh
# Download, verify and run the official Nimbus Cloud CLI installer.
set -eu

VERSION="${1:-latest}"
BASE="https://get.nimbuscloud.example"
PREFIX="${NIMBUS_PREFIX:-$HOME/.local}"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT INT TERM

echo "Downloading installer from $BASE ..."
curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/install.sh" "$BASE/install.sh"
curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/install.sh.sha256" "$BASE/install.sh.sha256"

expected="$(cut -d' ' -f1 < "$tmp/install.sh.sha256")"
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$tmp/install.sh" | cut -d' ' -f1)"
else
  actual="$(shasum -a 256 "$tmp/install.sh" | cut -d' ' -f1)"
fi

if [ "$expected" != "$actual" ]; then
  echo "checksum mismatch: expected $expected got $actual" >&2
  exit 1
fi
echo "checksum OK ($actual)"

echo "----- first 40 lines of install.sh -----"
head -n 40 "$tmp/install.sh"
echo "----------------------------------------"
printf "Run this installer with --prefix %s? [y/N] " "$PREFIX"
read -r answer
case "$answer" in
  y|Y|yes) ;;
  *) echo "aborted"; exit 0;;
esac

sh "$tmp/install.sh" --version "$VERSION" --prefix "$PREFIX"

if ! command -v nimbus >/dev/null 2>&1; then
  echo
  echo "Installed to $PREFIX/bin, which is not on your PATH."
  echo "Add this line to your shell profile:"
  echo "  export PATH=\"$PREFIX/bin:\$PATH\""
else
  nimbus version
fi
