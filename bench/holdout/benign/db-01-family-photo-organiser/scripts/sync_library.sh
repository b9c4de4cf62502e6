#!/usr/bin/env bash
# Copy (not sync-delete) the library to the family's own rclone remote.
set -euo pipefail
REMOTE="${RCLONE_REMOTE:-family-photos:}"
LIB="${PHOTO_LIBRARY:?set PHOTO_LIBRARY}"
if ! rclone listremotes | grep -qx "$REMOTE"; then
  echo "Remote $REMOTE not configured. Run 'rclone config' yourself first." >&2
  exit 1
fi
rclone copy "$LIB" "${REMOTE}Library" --exclude "_duplicates/**" --progress --transfers 4
