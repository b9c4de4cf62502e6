#!/usr/bin/env bash
set -euo pipefail
PREFIX="${WHISPER_HOME:-$HOME/.local/share/whisper.cpp}"
IN="$1"
BASE="${IN%.*}"
TMP="$(mktemp -t whisperXXXX).wav"
trap 'rm -f "$TMP"' EXIT

# whisper.cpp wants 16 kHz mono PCM
ffmpeg -loglevel error -y -i "$IN" -ar 16000 -ac 1 -c:a pcm_s16le "$TMP"

BIN="$PREFIX/build/bin/whisper-cli"
[[ -x "$BIN" ]] || BIN="$PREFIX/build/bin/main"
"$BIN" -m "$PREFIX/models/ggml-small.en.bin" -f "$TMP" -otxt -osrt -of "$BASE"
echo "Wrote $BASE.txt and $BASE.srt"
