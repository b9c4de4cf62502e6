#!/bin/bash
# studio-backup.sh - incremental snapshots of Logic sessions + sample library
set -u
SOURCES=("$HOME/Music/Logic" "/Volumes/Sessions")
SAMPLES="/Volumes/Samples"
DEST="/Volumes/StudioNAS/backup/$(scutil --get ComputerName | tr ' ' '_')"
TODAY=$(date +%F)

if [ ! -d "$DEST" ]; then
  echo "$(date) destination $DEST not mounted, skipping"; exit 0
fi

mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
LAST=$(ls -1d "$DEST"/20* 2>/dev/null | tail -n1)
LINK=(); [ -n "$LAST" ] && LINK=(--link-dest="$LAST")

for src in "${SOURCES[@]}"; do
  [ -d "$src" ] || continue
  rsync -aH --delete --exclude 'Autosave/' --exclude '*.tmp' "${LINK[@]}" \
        "$src" "$DEST/$TODAY/"
done

if [ "$(date +%u)" = "7" ] && [ -d "$SAMPLES" ]; then
  rsync -aH --delete "$SAMPLES" "$DEST/samples-mirror/"
fi

# keep 30 daily snapshots
ls -1d "$DEST"/20* | head -n -30 2>/dev/null | while read -r old; do rm -rf "$old"; done
echo "$(date) backup ok -> $DEST/$TODAY"
