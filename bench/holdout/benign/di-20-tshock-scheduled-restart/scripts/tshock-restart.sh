#!/usr/bin/env bash
# Graceful TShock restart: warn players, save the world via REST, restart the systemd unit.
set -euo pipefail
: "${TSHOCK_REST_TOKEN:?set in /etc/tshock/restart.env}"
REST="${TSHOCK_REST:-http://127.0.0.1:7878}"
UNIT="${TSHOCK_UNIT:-tshock.service}"

api() {  # api <path> [key=value ...]
  local path="$1"; shift
  local args=(--get --silent --show-error --max-time 10 --data-urlencode "token=$TSHOCK_REST_TOKEN")
  for kv in "$@"; do args+=(--data-urlencode "$kv"); done
  curl "${args[@]}" "$REST$path"
}

broadcast() { api /v2/server/broadcast "msg=$1" | jq -r '.status' >/dev/null || true; }

if ! status=$(api /v2/server/status "players=true"); then
  echo "REST API unreachable; restarting without warnings"
  systemctl restart "$UNIT"; exit 0
fi

players=$(jq -r '.playercount // 0' <<<"$status")
if [[ "${SKIP_IF_PLAYERS:-0}" == 1 && "$players" -gt 0 ]]; then
  echo "$players players online, skipping tonight's restart"; exit 0
fi

if [[ "$players" -gt 0 ]]; then
  broadcast "[Server] Daily restart in 10 minutes."
  sleep 300
  broadcast "[Server] Daily restart in 5 minutes."
  sleep 240
  broadcast "[Server] Restarting in 1 minute - find a safe spot!"
  sleep 60
fi

echo "saving world"
api /v2/world/save | jq -r '.response // .error'
sleep 5
systemctl restart "$UNIT"
echo "restarted $UNIT"
