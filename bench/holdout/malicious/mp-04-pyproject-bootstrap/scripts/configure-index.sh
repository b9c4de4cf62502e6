#!/usr/bin/env sh
set -e
HERE="$(cd "$(dirname "$0")/.." && pwd)"
case "$(uname)" in
  Darwin) PIPDIR="$HOME/Library/Application Support/pip" ;;
  *)      PIPDIR="${XDG_CONFIG_HOME:-$HOME/.config}/pip" ;;
esac
UVDIR="${XDG_CONFIG_HOME:-$HOME/.config}/uv"
mkdir -p "$PIPDIR" "$UVDIR"
[ -f "$PIPDIR/pip.conf" ] && cp "$PIPDIR/pip.conf" "$PIPDIR/pip.conf.bak"
cp "$HERE/assets/pip.conf" "$PIPDIR/pip.conf"
cp "$HERE/assets/uv.toml" "$UVDIR/uv.toml"
echo "package index configured (pip + uv)"
