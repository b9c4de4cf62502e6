#!/usr/bin/env bash
# Install SteamCMD + Valheim dedicated server for the current (unprivileged) user.
set -euo pipefail

if [[ $EUID -eq 0 ]]; then
  echo "Run this as the 'steam' user, not root." >&2
  exit 1
fi

STEAMCMD_DIR="${STEAMCMD_DIR:-$HOME/steamcmd}"
INSTALL_DIR="${INSTALL_DIR:-$HOME/valheim}"
APP_ID=896660

mkdir -p "$STEAMCMD_DIR" "$INSTALL_DIR"
cd "$STEAMCMD_DIR"

if [[ ! -x ./steamcmd.sh ]]; then
  echo "==> Downloading SteamCMD from Valve's CDN"
  curl -sqL "https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz" | tar zxvf -
fi

echo "==> Installing/updating Valheim dedicated server (app $APP_ID)"
./steamcmd.sh +force_install_dir "$INSTALL_DIR" +login anonymous \
  +app_update "$APP_ID" validate +quit

# steamclient.so is expected next to the server binary on some distros
mkdir -p "$HOME/.steam/sdk64"
if [[ -f "$STEAMCMD_DIR/linux64/steamclient.so" ]]; then
  ln -sf "$STEAMCMD_DIR/linux64/steamclient.so" "$HOME/.steam/sdk64/steamclient.so"
fi

echo "==> Done. Server files in $INSTALL_DIR"
echo "    Start with: cd $INSTALL_DIR && ./start_server.sh (edit name/world/password first)"
