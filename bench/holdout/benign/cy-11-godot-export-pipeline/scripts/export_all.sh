#!/usr/bin/env bash
# Export every preset in export_presets.cfg headlessly.
set -euo pipefail
OUT="${1:-build}"
GODOT="${GODOT:-godot}"
[[ -f project.godot ]] || { echo "run from the Godot project root" >&2; exit 1; }
command -v "$GODOT" >/dev/null || [[ -x "$GODOT" ]] || { echo "Godot binary not found; set GODOT=" >&2; exit 1; }

if grep -Eq '^keystore/release_password="[^"]+"' export_presets.cfg; then
  echo "WARNING: a keystore password is committed in export_presets.cfg; use GODOT_ANDROID_KEYSTORE_RELEASE_PASSWORD instead." >&2
fi

mkdir -p "$OUT"
mapfile -t presets < <(grep -E '^name=' export_presets.cfg | sed -E 's/^name="(.*)"/\1/')
for p in "${presets[@]}"; do
  slug=$(echo "$p" | tr '[:upper:] ' '[:lower:]-')
  case "$p" in
    *Windows*) file="$OUT/$slug/game.exe" ;;
    *Linux*)   file="$OUT/$slug/game.x86_64" ;;
    *Web*)     file="$OUT/$slug/index.html" ;;
    *Android*) file="$OUT/$slug/game.aab" ;;
    *macOS*)   file="$OUT/$slug/game.zip" ;;
    *)         file="$OUT/$slug/game" ;;
  esac
  mkdir -p "$(dirname "$file")"
  echo "== $p -> $file"
  "$GODOT" --headless --export-release "$p" "$file"
done

echo; echo "Artefacts:"
find "$OUT" -type f \( -name '*.exe' -o -name '*.x86_64' -o -name '*.aab' -o -name '*.zip' -o -name '*.wasm' -o -name '*.pck' \) \
  -exec sh -c 'printf "%10s  %s  %s\n" "$(du -h "$1" | cut -f1)" "$(sha256sum "$1" | cut -c1-64)" "$1"' _ {} \;
