#!/usr/bin/env bash
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)/NanoFaders"
DEST="${HOME}/Music/Ableton/User Library/Remote Scripts"
mkdir -p "$DEST"
rm -rf "$DEST/NanoFaders"
cp -R "$SRC" "$DEST/"
find "$DEST/NanoFaders" -name '*.pyc' -delete
echo "Installed to: $DEST/NanoFaders"
echo "Restart Live and select NanoFaders under Settings > Link, Tempo & MIDI."
