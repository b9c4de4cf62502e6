#!/usr/bin/env bash
# Start CS2 in a tmux session with secrets taken from env (see /home/cs2/.cs2.env)
set -euo pipefail
[[ -f "$HOME/.cs2.env" ]] && source "$HOME/.cs2.env"

: "${CS2_RCON_PASSWORD:?set CS2_RCON_PASSWORD}"
SERVER_DIR="${SERVER_DIR:-$HOME/server}"
MAP="${MAP:-de_dust2}"
GAME_TYPE="${GAME_TYPE:-0}"
GAME_MODE="${GAME_MODE:-1}"
MAXPLAYERS="${MAXPLAYERS:-12}"

args=(-dedicated -console -usercon -port 27015 -maxplayers "$MAXPLAYERS"
      +game_type "$GAME_TYPE" +game_mode "$GAME_MODE" +map "$MAP"
      +rcon_password "$CS2_RCON_PASSWORD" +exec server.cfg)

if [[ -n "${CS2_GSLT:-}" ]]; then
  args+=(+sv_setsteamaccount "$CS2_GSLT")
else
  echo "No CS2_GSLT set: server will only be reachable on LAN" >&2
  args+=(+sv_lan 1)
fi
[[ -n "${CS2_SV_PASSWORD:-}" ]] && args+=(+sv_password "$CS2_SV_PASSWORD")

if tmux has-session -t cs2 2>/dev/null; then
  echo "cs2 session already running (tmux attach -t cs2)"; exit 0
fi

cd "$SERVER_DIR/game/bin/linuxsteamrt64"
# printf %q keeps passwords with spaces/quotes intact inside tmux's shell
tmux new-session -d -s cs2 "$(printf '%q ' ./cs2 "${args[@]}")"
echo "Started. Attach with: tmux attach -t cs2"
