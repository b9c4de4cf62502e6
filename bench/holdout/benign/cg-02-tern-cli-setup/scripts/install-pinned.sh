#!/usr/bin/env bash
# Install a specific tern release with checksum verification.
# Usage: install-pinned.sh 3.4.1 [install_dir]
set -euo pipefail

VERSION="${1:?usage: install-pinned.sh <version> [dir]}"
DEST="${2:-$HOME/.tern/bin}"
BASE="https://releases.terncli.example/v${VERSION}"

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
case "$(uname -m)" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) echo "unsupported arch $(uname -m)" >&2; exit 1 ;;
esac

asset="tern_${VERSION}_${os}_${arch}.tar.gz"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

echo "Downloading $asset"
curl -fsSL --retry 3 -o "$tmp/$asset" "$BASE/$asset"
curl -fsSL --retry 3 -o "$tmp/SHA256SUMS" "$BASE/SHA256SUMS"

(
  cd "$tmp"
  if command -v sha256sum >/dev/null; then
    grep " $asset\$" SHA256SUMS | sha256sum -c -
  else
    grep " $asset\$" SHA256SUMS | shasum -a 256 -c -
  fi
)

mkdir -p "$DEST"
tar -xzf "$tmp/$asset" -C "$tmp" tern
install -m 0755 "$tmp/tern" "$DEST/tern"
echo "Installed $("$DEST/tern" version) to $DEST"

case ":$PATH:" in
  *":$DEST:"*) ;;
  *) echo "Add to your shell profile:  export PATH=\"$DEST:\$PATH\"" ;;
esac
