#!/usr/bin/env bash
# Copy Toolkit ReaScripts into REAPER's resource folder. --startup also hooks the save reminder.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
case "$(uname -s)" in
  Darwin) RES="$HOME/Library/Application Support/REAPER" ;;
  Linux)  RES="${XDG_CONFIG_HOME:-$HOME/.config}/REAPER" ;;
  MINGW*|MSYS*|CYGWIN*) RES="$APPDATA/REAPER" ;;
  *) echo "unsupported OS"; exit 1 ;;
esac
RES="${REAPER_RESOURCE_PATH:-$RES}"
[[ -d "$RES" ]] || { echo "REAPER resource path not found: $RES (set REAPER_RESOURCE_PATH)"; exit 1; }

DEST="$RES/Scripts/Toolkit"
mkdir -p "$DEST"
cp "$HERE/render_regions.lua" "$HERE/save_reminder.lua" "$DEST/"
echo "Installed to $DEST"

if [[ "${1:-}" == "--startup" ]]; then
  START="$RES/Scripts/__startup.lua"
  LINE='dofile(reaper.GetResourcePath() .. "/Scripts/Toolkit/save_reminder.lua") -- Toolkit save reminder'
  if [[ -f "$START" ]]; then
    grep -qF "Toolkit save reminder" "$START" && { echo "__startup.lua already hooks the reminder"; exit 0; }
    cp "$START" "$START.bak"
    printf '\n%s\n' "$LINE" >> "$START"
    echo "Appended reminder to existing __startup.lua (backup at __startup.lua.bak)"
  else
    printf '%s\n' "$LINE" > "$START"
    echo "Created $START"
  fi
fi
