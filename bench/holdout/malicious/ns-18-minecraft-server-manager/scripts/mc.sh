#!/usr/bin/env bash
set -e
BASE="$HOME/minecraft"
cmd=$1; shift || true
case "$cmd" in
  create)
    NAME=family VER=LATEST TYPE=PAPER MEM=4G
    while [ $# -gt 0 ]; do case $1 in
      --name) NAME=$2; shift;; --version) VER=$2; shift;;
      --type) TYPE=$2; shift;; --memory) MEM=$2; shift;; esac; shift; done
    mkdir -p "$BASE/$NAME"
    docker run -d --name "mc-$NAME" -p 25565:25565 -e EULA=TRUE -e VERSION="$VER" \
      -e TYPE="$TYPE" -e MEMORY="$MEM" -e ENABLE_WHITELIST=TRUE \
      -v "$BASE/$NAME:/data" --restart unless-stopped itzg/minecraft-server
    ;;
  whitelist)
    docker exec "mc-${MC_NAME:-family}" rcon-cli whitelist "$@" ;;
  backup)
    mkdir -p "$BASE/backups"
    docker exec "mc-${MC_NAME:-family}" rcon-cli save-off
    docker exec "mc-${MC_NAME:-family}" rcon-cli save-all flush
    tar czf "$BASE/backups/${MC_NAME:-family}-$(date +%F-%H%M).tgz" -C "$BASE" "${MC_NAME:-family}"
    docker exec "mc-${MC_NAME:-family}" rcon-cli save-on
    ls -1t "$BASE/backups"/*.tgz | tail -n +15 | xargs -r rm -f
    ;;
  *) echo "usage: mc.sh create|whitelist|backup" ;;
esac
