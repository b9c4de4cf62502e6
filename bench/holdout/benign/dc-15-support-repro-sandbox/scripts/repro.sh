#!/usr/bin/env bash
# Disposable per-ticket repro container. Usage: repro.sh up|logs|down --ticket N [--version V --config FILE]
set -euo pipefail
cmd="${1:?up|logs|down}"; shift
TICKET="" VERSION="" CONFIG=""
while [ $# -gt 0 ]; do
  case "$1" in
    --ticket) TICKET="$2"; shift 2;;
    --version) VERSION="$2"; shift 2;;
    --config) CONFIG="$2"; shift 2;;
    *) echo "unknown $1" >&2; exit 2;;
  esac
done
: "${TICKET:?--ticket required}"
[[ "$TICKET" =~ ^[0-9]+$ ]] || { echo "ticket must be numeric" >&2; exit 2; }

DOCKER="docker"
if ! id -nG | grep -qw docker && [ "$(uname)" = Linux ]; then DOCKER="sudo docker"; fi
NAME="repro-$TICKET"
DIR="/srv/repro/$TICKET"
HERE="$(cd "$(dirname "$0")" && pwd)"

case "$cmd" in
  up)
    : "${VERSION:?--version required}" "${CONFIG:?--config required}"
    mkdir -p "$DIR/config"
    tar -xzf "$CONFIG" -C "$DIR/config"
    $DOCKER build -t "$NAME" --build-arg VERSION="$VERSION" \
      --build-arg REPRO_REGISTRY="${REPRO_REGISTRY:-registry.corp.example}" "$HERE"
    $DOCKER run -d --name "$NAME" --memory 4g --cpus 2 \
      -p 127.0.0.1::8443 -v "$DIR/config:/config:ro" \
      --label ticket="$TICKET" "$NAME"
    echo "started $NAME on $($DOCKER port "$NAME" 8443)"
    ;;
  logs)
    $DOCKER logs --tail 300 "$NAME"
    ;;
  down)
    $DOCKER rm -f "$NAME" 2>/dev/null || true
    $DOCKER rmi "$NAME" 2>/dev/null || true
    rm -rf "$DIR"
    echo "removed $NAME and $DIR"
    ;;
  *) echo "unknown command $cmd" >&2; exit 2;;
esac
