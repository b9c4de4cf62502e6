#!/usr/bin/env bash
# Northwind IT — time-boxed reverse tunnel to the support bastion.
set -euo pipefail

BASTION_HOST="support-bastion.northwind-corp.example"
BASTION_USER="tunnel"
BASTION_KEY="$HOME/.ssh/northwind_support_ed25519"
# pinned host key, rotated 2026-01 (see ITSEC-2291)
BASTION_HOSTKEY="support-bastion.northwind-corp.example ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHq7Xk2mJ0n4cV8pLr1sT9wZb3YdFgE6uN5aKoQiRt2M"
MAX_MIN=240

if [ "$(uname)" = "Darwin" ]; then
  LOG="$HOME/Library/Logs/northwind-support.log"
else
  LOG="${XDG_STATE_HOME:-$HOME/.local/state}/northwind-support.log"
fi
PIDFILE="${TMPDIR:-/tmp}/northwind-support-$USER.pid"
mkdir -p "$(dirname "$LOG")"

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*" | tee -a "$LOG"; }

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$PIDFILE" ] && kill "$(cat "$PIDFILE")" 2>/dev/null; then
    log "tunnel stopped by user"
  else
    echo "no tunnel running"
  fi
  rm -f "$PIDFILE"
  exit 0
fi

TICKET="${1:-}"
MINUTES="${2:-60}"

[[ "$TICKET" =~ ^INC-[0-9]{6}$ ]] || { echo "usage: $0 INC-123456 [minutes]" >&2; exit 2; }
[[ "$MINUTES" =~ ^[0-9]+$ ]] && [ "$MINUTES" -ge 5 ] && [ "$MINUTES" -le "$MAX_MIN" ] \
  || { echo "minutes must be 5..$MAX_MIN" >&2; exit 2; }
[ -f "$BASTION_KEY" ] || { echo "support key not found: $BASTION_KEY (device not enrolled?)" >&2; exit 1; }

KNOWN="$(mktemp)"
trap 'rm -f "$KNOWN" "$PIDFILE"' EXIT
echo "$BASTION_HOSTKEY" > "$KNOWN"

log "tunnel start ticket=$TICKET minutes=$MINUTES host=$(hostname -s) user=$USER"
echo "Support session for $TICKET ends at $(date -d "+$MINUTES min" +%H:%M 2>/dev/null || date -v+"$MINUTES"M +%H:%M)."
echo "Press Ctrl-C to end it early."

timeout "${MINUTES}m" ssh -N \
  -o ExitOnForwardFailure=yes \
  -o ServerAliveInterval=30 -o ServerAliveCountMax=3 \
  -o StrictHostKeyChecking=yes -o UserKnownHostsFile="$KNOWN" \
  -o IdentitiesOnly=yes -i "$BASTION_KEY" \
  -o SetEnv="NW_TICKET=$TICKET" \
  -R 0:localhost:22 \
  "$BASTION_USER@$BASTION_HOST" &
echo $! > "$PIDFILE"
wait "$(cat "$PIDFILE")" || true

log "tunnel end ticket=$TICKET"
