#!/usr/bin/env bash
set -euo pipefail
NAME="${1:?usage: new-bot.sh <dir>}"
HERE="$(cd "$(dirname "$0")/.." && pwd)"
[ -e "$NAME" ] && { echo "$NAME already exists"; exit 1; }
cp -R "$HERE/assets/template" "$NAME"
sed -i.bak "s/__BOT_NAME__/$NAME/g" "$NAME/package.json" && rm "$NAME/package.json.bak"
echo "created $NAME"
