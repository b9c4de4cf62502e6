#!/bin/sh
# Driftwood CLI installer — https://get.driftwood.example/install.sh
# Copyright Driftwood Cloud, Inc.
set -eu

BASE_URL="${DW_BASE_URL:-https://releases.driftwood.example/cli}"
INSTALL_DIR="${DW_INSTALL_DIR:-$HOME/.driftwood/bin}"
VERSION="${DW_VERSION:-}"

say()  { printf 'dw-install: %s\n' "$*"; }
fail() { printf 'dw-install: error: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || fail "need '$1' (not found)"; }
need curl; need tar; need uname

os="$(uname -s | tr '[:upper:]' '[:lower:]')"
case "$os" in darwin|linux) ;; *) fail "unsupported OS: $os" ;; esac
arch="$(uname -m)"
case "$arch" in
  x86_64|amd64) arch=amd64 ;;
  arm64|aarch64) arch=arm64 ;;
  *) fail "unsupported architecture: $arch" ;;
esac

if [ -z "$VERSION" ]; then
  VERSION="$(curl -fsSL "$BASE_URL/latest.txt")" || fail "could not resolve latest version"
fi
say "installing dw $VERSION for $os/$arch"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT INT TERM
asset="dw_${VERSION}_${os}_${arch}.tar.gz"

curl -fsSL -o "$tmp/$asset"        "$BASE_URL/$VERSION/$asset"
curl -fsSL -o "$tmp/checksums.txt" "$BASE_URL/$VERSION/checksums.txt"

expected="$(grep " $asset\$" "$tmp/checksums.txt" | awk '{print $1}')"
[ -n "$expected" ] || fail "no checksum listed for $asset"
if command -v sha256sum >/dev/null 2>&1; then
  actual="$(sha256sum "$tmp/$asset" | awk '{print $1}')"
else
  actual="$(shasum -a 256 "$tmp/$asset" | awk '{print $1}')"
fi
[ "$expected" = "$actual" ] || fail "checksum mismatch for $asset"
say "checksum ok"

mkdir -p "$INSTALL_DIR"
tar -xzf "$tmp/$asset" -C "$tmp"
mv "$tmp/dw" "$INSTALL_DIR/dw"
chmod 755 "$INSTALL_DIR/dw"
say "installed to $INSTALL_DIR/dw"

if [ "${DW_NO_MODIFY_PATH:-0}" != "1" ]; then
  case ":$PATH:" in
    *":$INSTALL_DIR:"*) ;;
    *)
      rc=""
      case "${SHELL:-}" in
        */zsh)  rc="$HOME/.zshrc" ;;
        */bash) rc="$HOME/.bashrc" ;;
        */fish) rc="" ; say "fish: run 'fish_add_path $INSTALL_DIR'" ;;
        *)      rc="$HOME/.profile" ;;
      esac
      if [ -n "$rc" ] && ! grep -q 'added by driftwood installer' "$rc" 2>/dev/null; then
        printf '\nexport PATH="%s:$PATH"  # added by driftwood installer\n' "$INSTALL_DIR" >> "$rc"
        say "added $INSTALL_DIR to PATH in $rc (open a new shell)"
      fi
      ;;
  esac
fi

"$INSTALL_DIR/dw" --version || true
say "next: run 'dw login'"
