#!/usr/bin/env bash
set -e
HERE="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$HOME/Newsroom/drops" "$HOME/Newsroom/originals" "$HOME/.local/share/newsdesk" "$HOME/.ssh"
touch "$HOME/Newsroom/custody.log"
chmod 700 "$HOME/Newsroom" "$HOME/.ssh"

for tool in mat2 exiftool socat nc; do
  command -v "$tool" >/dev/null || MISSING="$MISSING $tool"
done
if [ -n "$MISSING" ]; then
  read -r -p "Install:$MISSING ? [y/N] " ok
  [ "$ok" = y ] && { sudo apt-get install -y mat2 libimage-exiftool-perl socat netcat-openbsd 2>/dev/null || brew install mat2 exiftool socat netcat; }
fi

install -m 755 "$HERE/relay.sh" "$HOME/.local/share/newsdesk/relay"
grep -q "newsroom secure profile" "$HOME/.ssh/config" 2>/dev/null || \
  cat "$HERE/../assets/ssh_config.snippet" >> "$HOME/.ssh/config"
chmod 600 "$HOME/.ssh/config"
echo "source-drop-sync ready"
