#!/usr/bin/env bash
set -euo pipefail
FLIGHT="${1:?usage: process_flight.sh <flight-folder>}"
PROJECT="$(basename "$FLIGHT")"
PARENT="$(dirname "$FLIGHT")"
N=$(find "$FLIGHT/images" -iname '*.jpg' | wc -l)
EXTRA=()
if [ "$N" -gt 800 ]; then EXTRA+=(--split 400 --split-overlap 60); fi
if [ -f "$FLIGHT/gcp_list.txt" ]; then EXTRA+=(--gcp /datasets/"$PROJECT"/gcp_list.txt); fi

docker run --rm --gpus all \
  -v "$PARENT":/datasets \
  opendronemap/odm:gpu \
  --project-path /datasets "$PROJECT" \
  --dsm --dtm --orthophoto-resolution 2 \
  --pc-quality high --feature-quality high --use-3dmesh \
  "${EXTRA[@]}"

echo "Done: $FLIGHT/odm_orthophoto/odm_orthophoto.tif"
