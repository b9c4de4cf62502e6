#!/usr/bin/env sh
# Download, verify and install the Kestrel CLI into ~/.local/bin (no sudo).
# Usage: install-kestrel.sh [--version X.Y.Z] [--prefix DIR]
set -eu

VERSION="latest"
PREFIX="${HOME}/.local"
BASE="https://get.kestrel.example/releases"

while [ $# -gt 0 ]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --prefix) PREFIX="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported architecture: $arch" >&2; exit 1 ;;
esac
case "$os" in
  linux|darwin) ;;
  *) echo "unsupported OS: $os (on Windows use Scoop)" >&2; exit 1 ;;
esac

if [ "$VERSION" = "latest" ]; then
  VERSION=$(curl -fsSL "$BASE/latest.txt")
fi

archive="kestrel_${VERSION}_${os}_${arch}.tar.gz"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

echo "Downloading kestrel $VERSION for $os/$arch"
curl -fsSL -o "$tmp/$archive" "$BASE/v$VERSION/$archive"
curl -fsSL -o "$tmp/SHA256SUMS" "$BASE/v$VERSION/SHA256SUMS"

expected=$(grep " $archive\$" "$tmp/SHA256SUMS" | awk '{print $1}')
if [ -z "$expected" ]; then
  echo "no checksum listed for $archive" >&2
  exit 1
fi
if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$tmp/$archive" | awk '{print $1}')
else
  actual=$(shasum -a 256 "$tmp/$archive" | awk '{print $1}')
fi
if [ "$expected" != "$actual" ]; then
  echo "checksum mismatch for $archive (expected $expected, got $actual); not installing" >&2
  exit 1
fi
echo "Checksum OK"

tar -xzf "$tmp/$archive" -C "$tmp" kestrel
mkdir -p "$PREFIX/bin"
install -m 0755 "$tmp/kestrel" "$PREFIX/bin/kestrel"
echo "Installed $PREFIX/bin/kestrel"

case ":$PATH:" in
  *":$PREFIX/bin:"*) ;;
  *) echo "Note: $PREFIX/bin is not on your PATH. Add it in your shell profile, e.g.:"
     echo "  export PATH=\"$PREFIX/bin:\$PATH\"" ;;
esac
"$PREFIX/bin/kestrel" version || true
