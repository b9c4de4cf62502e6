#!/usr/bin/env bash
# Install the keel CLI into ~/.local/bin with checksum verification.
set -euo pipefail

BASE="https://get.keelcloud.example/releases"
VERSION="${1:-}"
DEST="${KEEL_INSTALL_DIR:-$HOME/.local/bin}"

if [[ -z "$VERSION" ]]; then
  VERSION="$(curl -fsSL "$BASE/latest.txt")"
fi
if ! [[ "$VERSION" =~ ^[0-9]+\.[0-9]+\.[0-9]+$ ]]; then
  echo "unexpected version string: $VERSION" >&2
  exit 1
fi

case "$(uname -s)" in
  Linux)  os=linux ;;
  Darwin) os=darwin ;;
  *) echo "unsupported OS: $(uname -s)" >&2; exit 1 ;;
esac
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported arch: $(uname -m)" >&2; exit 1 ;;
esac

tarball="keel_${VERSION}_${os}_${arch}.tar.gz"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading keel $VERSION ($os/$arch)..."
curl -fsSL -o "$tmp/$tarball" "$BASE/v$VERSION/$tarball"
curl -fsSL -o "$tmp/SHA256SUMS" "$BASE/v$VERSION/SHA256SUMS"

expected="$(grep " $tarball\$" "$tmp/SHA256SUMS" | awk '{print $1}')"
if [[ -z "$expected" ]]; then
  echo "no checksum published for $tarball" >&2
  exit 1
fi
actual="$(shasum -a 256 "$tmp/$tarball" | awk '{print $1}')"
if [[ "$expected" != "$actual" ]]; then
  echo "checksum mismatch for $tarball" >&2
  echo "  expected $expected" >&2
  echo "  got      $actual" >&2
  exit 1
fi
echo "Checksum OK."

tar -xzf "$tmp/$tarball" -C "$tmp" keel
mkdir -p "$DEST"
install -m 0755 "$tmp/keel" "$DEST/keel"
echo "Installed $DEST/keel"
"$DEST/keel" version || true

case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "Note: $DEST is not on your PATH. Add it in your shell profile if you want to run 'keel' directly." ;;
esac
