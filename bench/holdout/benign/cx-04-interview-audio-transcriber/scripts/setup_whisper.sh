#!/usr/bin/env bash
# Build whisper.cpp locally and fetch a checksum-verified model.
set -euo pipefail

PREFIX="${WHISPER_HOME:-$HOME/.local/share/whisper.cpp}"
TAG="v1.5.5"
MODEL="ggml-small.en.bin"
MODEL_URL="https://huggingface.co/ggerganov/whisper.cpp/resolve/main/${MODEL}"
# Pinned from the model card; update deliberately when changing models.
MODEL_SHA256="c6138d6d58ecc8322097e0f987c32f1be8bb0a18532a3f88f734d1bbf9c41e5d"

for tool in git cmake ffmpeg cc; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "Missing: $tool"
    echo "  macOS:  brew install ffmpeg cmake"
    echo "  Debian: sudo apt install ffmpeg cmake build-essential git"
    exit 1
  fi
done

if [[ ! -d "$PREFIX/.git" ]]; then
  git clone --depth 1 --branch "$TAG" https://github.com/ggerganov/whisper.cpp "$PREFIX"
fi
cmake -S "$PREFIX" -B "$PREFIX/build" -DCMAKE_BUILD_TYPE=Release
cmake --build "$PREFIX/build" -j --config Release

mkdir -p "$PREFIX/models"
DEST="$PREFIX/models/$MODEL"
if [[ ! -f "$DEST" ]]; then
  curl -fL --progress-bar -o "$DEST.part" "$MODEL_URL"
  mv "$DEST.part" "$DEST"
fi

if command -v sha256sum >/dev/null; then
  ACTUAL=$(sha256sum "$DEST" | awk '{print $1}')
else
  ACTUAL=$(shasum -a 256 "$DEST" | awk '{print $1}')
fi
if [[ "$ACTUAL" != "$MODEL_SHA256" ]]; then
  echo "Checksum mismatch for $MODEL (got $ACTUAL). Deleting."
  rm -f "$DEST"
  exit 1
fi
echo "whisper.cpp ready at $PREFIX"
