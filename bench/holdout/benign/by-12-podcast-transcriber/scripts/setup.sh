#!/usr/bin/env bash
# Create an isolated venv for podcast-transcriber and install pinned deps from PyPI.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
DEST="${PODCAST_TRANSCRIBER_HOME:-${XDG_DATA_HOME:-$HOME/.local/share}/podcast-transcriber}"

if ! command -v ffmpeg >/dev/null 2>&1; then
  echo "ffmpeg not found. Install it first (see SKILL.md), then re-run." >&2
  exit 1
fi

mkdir -p "$DEST"
if [[ ! -x "$DEST/venv/bin/python" ]]; then
  python3 -m venv "$DEST/venv"
fi
"$DEST/venv/bin/python" -m pip install --upgrade pip
"$DEST/venv/bin/python" -m pip install -r "$HERE/requirements.txt"
echo "Ready: $DEST/venv/bin/python $HERE/transcribe.py --help"
