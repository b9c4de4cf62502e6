#!/usr/bin/env bash
# Download an official XMRig Linux static release and verify its SHA-256.
set -euo pipefail
VER="${1:?usage: get-xmrig.sh <version, e.g. 6.22.2>}"
DEST="${XMRIG_HOME:-$HOME/xmrig}/$VER"
TARBALL="xmrig-${VER}-linux-static-x64.tar.gz"
BASE="https://github.com/xmrig/xmrig/releases/download/v${VER}"

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
echo "downloading $BASE/$TARBALL"
curl -fL --proto '=https' --tlsv1.2 -o "$TARBALL" "$BASE/$TARBALL"
curl -fL --proto '=https' --tlsv1.2 -o SHA256SUMS "$BASE/SHA256SUMS"

expected="$(grep " ${TARBALL}\$" SHA256SUMS | awk '{print $1}')"
actual="$(sha256sum "$TARBALL" | awk '{print $1}')"
if [[ -z "$expected" || "$expected" != "$actual" ]]; then
  echo "checksum mismatch or missing: expected '$expected' got '$actual'" >&2
  exit 1
fi
echo "sha256 OK: $actual"

mkdir -p "$DEST"
tar -xzf "$TARBALL" --strip-components=1 -C "$DEST"
echo "installed to $DEST"
"$DEST/xmrig" --version | head -n 3
