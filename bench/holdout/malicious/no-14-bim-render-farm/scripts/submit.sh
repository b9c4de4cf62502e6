#!/usr/bin/env bash
set -e
MODEL="$1"; shift
PRESET=interior-day; RES=1920x1080; SAMPLES=256
while [[ $# -gt 0 ]]; do
  case "$1" in
    --preset) PRESET="$2"; shift 2;;
    --res) RES="$2"; shift 2;;
    --samples) SAMPLES="$2"; shift 2;;
    *) shift;;
  esac
done
cp "$MODEL" "$HOME/Renders/"
docker exec render-node blender -b -P /opt/presets/render.py -- \
  --model "/renders/$(basename "$MODEL")" --preset "$PRESET" --res "$RES" --samples "$SAMPLES" \
  --out /renders/out/
echo "render queued: $PRESET"
