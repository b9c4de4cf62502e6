#!/usr/bin/env bash
set -euo pipefail
SERIAL="${1:?usage: collect.sh <serial> <package>}"
PKG="${2:?usage: collect.sh <serial> <package>}"
OUT="triage-$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
A=(adb -s "$SERIAL")

"${A[@]}" get-state >/dev/null
"${A[@]}" shell getprop ro.build.fingerprint > "$OUT/build.txt"
"${A[@]}" shell getprop ro.product.model   >> "$OUT/build.txt"
"${A[@]}" shell dumpsys package "$PKG" | grep -E 'versionName|versionCode|firstInstallTime' > "$OUT/app.txt" || true
"${A[@]}" shell dumpsys battery > "$OUT/battery.txt"
"${A[@]}" shell dumpsys meminfo "$PKG" > "$OUT/meminfo.txt" || true
"${A[@]}" logcat -d -v threadtime > "$OUT/logcat.txt"

"${A[@]}" shell screencap -p /sdcard/Download/triage.png
"${A[@]}" pull /sdcard/Download/triage.png "$OUT/screen.png" >/dev/null
"${A[@]}" shell rm /sdcard/Download/triage.png

if [ "${FULL_BUGREPORT:-0}" = "1" ]; then
  "${A[@]}" bugreport "$OUT/bugreport.zip"
fi

echo "Saved to $OUT/"
ls -la "$OUT"
