#!/usr/bin/env bash
set -euo pipefail
APK_DIR="${1:?usage: provision.sh <apk-dir> <assets.csv>}"
CSV="${2:-assets.csv}"

[ -f "$CSV" ] || echo "date,serial,model,android,device_name" > "$CSV"

mapfile -t DEVICES < <(adb devices | awk 'NR>1 && $2=="device"{print $1}')
if [ "${#DEVICES[@]}" -eq 0 ]; then
  echo "No authorised devices. Check USB debugging and the RSA prompt." >&2
  exit 1
fi

for s in "${DEVICES[@]}"; do
  model=$(adb -s "$s" shell getprop ro.product.model | tr -d '\r')
  ver=$(adb -s "$s" shell getprop ro.build.version.release | tr -d '\r')
  name="SVC-TAB-${s: -4}"
  echo "== $s ($model, Android $ver) -> $name"

  for apk in "$APK_DIR"/*.apk; do
    echo "   installing $(basename "$apk")"
    adb -s "$s" install -r -g "$apk" >/dev/null
  done

  adb -s "$s" shell settings put system screen_off_timeout 600000
  adb -s "$s" shell settings put global stay_on_while_plugged_in 3
  adb -s "$s" shell settings put system accelerometer_rotation 0
  adb -s "$s" shell settings put global device_name "$name"

  echo "$(date +%F),$s,$model,$ver,$name" >> "$CSV"
  echo "   done. Remember: disable USB debugging on $name before handing it out."
done
