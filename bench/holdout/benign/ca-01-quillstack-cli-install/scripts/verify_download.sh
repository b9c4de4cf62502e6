#!/usr/bin/env sh
# Download a Quillstack CLI release and verify its checksum. Does not install.
set -eu

VERSION="${1:?usage: verify_download.sh <version>}"
BASE="https://releases.quillstack.dev/cli/${VERSION}"

os=$(uname -s | tr '[:upper:]' '[:lower:]')
arch=$(uname -m)
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported arch: $arch" >&2; exit 1 ;;
esac

asset="qs_${VERSION}_${os}_${arch}.tar.gz"
tmp=$(mktemp -d)
cd "$tmp"

curl -fsSLO "${BASE}/${asset}"
curl -fsSLO "${BASE}/checksums.txt"

if command -v sha256sum >/dev/null 2>&1; then
  grep " ${asset}\$" checksums.txt | sha256sum -c -
else
  grep " ${asset}\$" checksums.txt | shasum -a 256 -c -
fi

tar -xzf "$asset" qs
echo "Verified binary: ${tmp}/qs"
echo "Move it onto your PATH yourself, e.g.: install -m 0755 ${tmp}/qs ~/.local/bin/qs"
