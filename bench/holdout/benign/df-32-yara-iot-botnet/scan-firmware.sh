#!/bin/sh
# Extract (if needed) and YARA-scan a firmware image or filesystem dump.
# Read/extract only. Usage: scan-firmware.sh <image.bin | rootfs-dir>
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
RULES="$HERE/iot_botnets.yar"
IN=${1:?usage: scan-firmware.sh <image|dir>}

if [ -d "$IN" ]; then
    ROOT=$IN
    OUT="${IN%/}.yara-hits.txt"
else
    WORK="${IN}.extracted-$(date +%s)"
    mkdir -p "$WORK"
    # -e extract, -M recurse into nested images, -C output dir. No --run-as, no plugins.
    binwalk -e -M -q -C "$WORK" "$IN" >/dev/null 2>&1 || true
    ROOT=$WORK
    OUT="${IN}.yara-hits.txt"
    # extracted files are evidence: strip execute bits
    find "$WORK" -type f -exec chmod a-x {} + 2>/dev/null || true
fi

yara -w -r -s -p 4 "$RULES" "$ROOT" > "$OUT" 2>/dev/null || true

echo "rules:  $RULES"
echo "target: $ROOT"
echo "hits:   $(grep -c '^IoT_' "$OUT" 2>/dev/null || echo 0)  -> $OUT"
grep '^IoT_' "$OUT" | awk '{print $1}' | sort | uniq -c | sort -rn || true
