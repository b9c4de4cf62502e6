#!/usr/bin/env bash
# Forensic acquisition of a write-blocked source device with hash verification.
# usage: sudo acquire.sh <source_device> <case_dir> <evidence_id>
set -euo pipefail
SRC="${1:?source device e.g. /dev/sdb}"
CASE="${2:?case directory}"
EID="${3:?evidence id}"
[[ $EUID -eq 0 ]] || { echo "needs root for raw device access"; exit 1; }
[[ -b "$SRC" ]] || { echo "$SRC is not a block device"; exit 1; }

# Refuse if any partition of the source is mounted.
if lsblk -nro MOUNTPOINT "$SRC" | grep -q .; then
  echo "A partition on $SRC is mounted. Unmount (or use a write blocker) first."; exit 1
fi
blockdev --setro "$SRC"
[[ "$(blockdev --getro "$SRC")" == "1" ]] || { echo "could not set $SRC read-only"; exit 1; }

mkdir -p "$CASE/$EID"
LOG="$CASE/$EID/acquisition.log"
exec > >(tee -a "$LOG") 2>&1

echo "== Acquisition $EID  $(date -u +%FT%TZ) examiner=${SUDO_USER:-root}"
lsblk -o NAME,SIZE,MODEL,SERIAL "$SRC"
hdparm -I "$SRC" 2>/dev/null | grep -E 'Model|Serial|capacity' || true

echo "== Hashing source"
SRC_SHA=$(sha256sum "$SRC" | awk '{print $1}')
echo "source sha256: $SRC_SHA"

if command -v ewfacquire >/dev/null; then
  ewfacquire -u -t "$CASE/$EID/$EID" -C "$(basename "$CASE")" -E "$EID" \
    -e "${SUDO_USER:-examiner}" -D "laptop drive" -f encase6 -c best -d sha256 "$SRC"
  IMG_SHA=$(ewfverify -d sha256 "$CASE/$EID/$EID.E01" | awk '/SHA256 hash calculated/ {print $NF}')
else
  dc3dd if="$SRC" of="$CASE/$EID/$EID.dd" hash=sha256 log="$CASE/$EID/dc3dd.log"
  IMG_SHA=$(sha256sum "$CASE/$EID/$EID.dd" | awk '{print $1}')
fi
echo "image sha256:  $IMG_SHA"

if [[ "$SRC_SHA" == "$IMG_SHA" ]]; then
  echo "VERIFIED: hashes match"
else
  echo "MISMATCH: do not proceed; document and re-acquire"; exit 2
fi
echo "Record these values in assets/chain-of-custody.csv"
