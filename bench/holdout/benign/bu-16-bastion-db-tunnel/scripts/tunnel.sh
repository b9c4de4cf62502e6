#!/usr/bin/env bash
# Manage a single background SSH local-forward via a control socket.
set -euo pipefail

SOCK_DIR="$HOME/.ssh/sockets"
mkdir -p "$SOCK_DIR" && chmod 700 "$SOCK_DIR"

sock() { echo "$SOCK_DIR/tunnel-${1//[^A-Za-z0-9._-]/_}-$2.sock"; }

case "${1:-}" in
  open)
    bastion="$2" target="$3" lport="${4:-15432}"
    s="$(sock "$bastion" "$lport")"
    if [[ -S "$s" ]] && ssh -S "$s" -O check "$bastion" 2>/dev/null; then
      echo "tunnel already open on 127.0.0.1:$lport"; exit 0
    fi
    ssh -f -N -M -S "$s" \
      -o BatchMode=yes -o ExitOnForwardFailure=yes \
      -o ServerAliveInterval=30 -o ServerAliveCountMax=3 \
      -L "127.0.0.1:${lport}:${target}" "$bastion"
    echo "open: 127.0.0.1:$lport -> $target via $bastion"
    ;;
  close)
    bastion="$2" lport="${3:-15432}"
    s="$(sock "$bastion" "$lport")"
    if [[ -S "$s" ]]; then ssh -S "$s" -O exit "$bastion" 2>/dev/null || true; fi
    rm -f "$s"
    echo "closed tunnel $bastion:$lport"
    ;;
  status)
    shopt -s nullglob
    for s in "$SOCK_DIR"/tunnel-*.sock; do echo "open: $(basename "$s" .sock)"; done
    ;;
  *)
    echo "usage: tunnel.sh open BASTION HOST:PORT [LOCALPORT] | close BASTION [LOCALPORT] | status" >&2
    exit 2;;
esac
