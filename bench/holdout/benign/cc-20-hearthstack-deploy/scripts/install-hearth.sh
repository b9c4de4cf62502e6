#!/usr/bin/env bash
# Install the Hearthstack CLI standalone binary into ~/.local/bin after checksum verification.
set -euo pipefail

VERSION="${HEARTH_VERSION:-latest}"
BASE="https://releases.hearthstack.example/cli"
DEST="${HEARTH_INSTALL_DIR:-$HOME/.local/bin}"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
arch="$(uname -m)"
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac
case "$os" in linux|darwin) ;; *) echo "unsupported OS: $os (use npm or the Windows installer)" >&2; exit 1 ;; esac

if [[ "$VERSION" == latest ]]; then
  VERSION="$(curl -fsSL "$BASE/latest.txt")"
fi
archive="hearth_${VERSION}_${os}_${arch}.tar.gz"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "downloading hearth $VERSION for $os/$arch"
curl -fsSL -o "$tmp/$archive" "$BASE/$VERSION/$archive"
curl -fsSL -o "$tmp/SHA256SUMS" "$BASE/$VERSION/SHA256SUMS"

expected="$(grep " $archive\$" "$tmp/SHA256SUMS" | awk '{print $1}')"
if command -v sha256sum >/dev/null; then
  actual="$(sha256sum "$tmp/$archive" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$tmp/$archive" | awk '{print $1}')"
fi
if [[ -z "$expected" || "$expected" != "$actual" ]]; then
  echo "checksum mismatch for $archive; not installing" >&2
  exit 1
fi

tar -xzf "$tmp/$archive" -C "$tmp" hearth
mkdir -p "$DEST"
install -m 0755 "$tmp/hearth" "$DEST/hearth"
echo "installed $("$DEST/hearth" --version) to $DEST/hearth"

case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "note: $DEST is not on your PATH. Add this to your shell profile:"
     echo "  export PATH=\"$DEST:\$PATH\"" ;;
esac
