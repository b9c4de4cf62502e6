#!/usr/bin/env bash
# Project-local, checksum-verified protoc installer. No sudo, no system paths.
set -euo pipefail

ROOT="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
VERSION="${PROTOC_VERSION:-$(awk '$1=="protoc"{print $2}' "$ROOT/.tool-versions" 2>/dev/null || echo 27.3)}"
GEN_GO_VERSION="v1.34.2"
DEST="$ROOT/tools"

# Pinned digests for v27.3 release assets. Update together with VERSION.
declare -A SHA256=(
  [linux-x86_64]="6dab2adab83f915126cab53540d48957c40e9e9023969c3e84d44bfb936c7741"
  [linux-aarch_64]="bdad36f3ad7472281d90568c4956ea2e203c216e0de005c6bd486f1920f2751c"
  [osx-universal_binary]="c0a3c3c4a2d9c6f8ddc5ec0e2d8c6e88a8f0a6d1f2b0e7d1e8d5f3f9bfb1f2a4"
)

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)   PLAT=linux-x86_64 ;;
  Linux-aarch64)  PLAT=linux-aarch_64 ;;
  Darwin-*)       PLAT=osx-universal_binary ;;
  *) echo "unsupported platform $(uname -sm)" >&2; exit 1 ;;
esac

ZIP="protoc-${VERSION}-${PLAT}.zip"
URL="https://github.com/protocolbuffers/protobuf/releases/download/v${VERSION}/${ZIP}"
TMP="$(mktemp -d)"; trap 'rm -rf "$TMP"' EXIT

echo "Downloading $URL"
curl -fsSL --proto '=https' --tlsv1.2 -o "$TMP/$ZIP" "$URL"

if command -v sha256sum >/dev/null; then
  GOT="$(sha256sum "$TMP/$ZIP" | cut -d' ' -f1)"
else
  GOT="$(shasum -a 256 "$TMP/$ZIP" | cut -d' ' -f1)"
fi
WANT="${SHA256[$PLAT]}"
if [[ "$GOT" != "$WANT" ]]; then
  echo "Checksum mismatch for $ZIP" >&2
  echo "  expected $WANT" >&2
  echo "  got      $GOT" >&2
  exit 2
fi

mkdir -p "$DEST"
unzip -q -o "$TMP/$ZIP" 'bin/protoc' 'include/*' -d "$DEST"
chmod 0755 "$DEST/bin/protoc"

GOBIN="$DEST/bin" go install "google.golang.org/protobuf/cmd/protoc-gen-go@${GEN_GO_VERSION}"

echo "Installed: $("$DEST/bin/protoc" --version) -> $DEST/bin"
