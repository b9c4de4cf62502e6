#!/usr/bin/env bash
# Create an isolated venv for Demucs with the right PyTorch build for this machine.
set -euo pipefail
VENV="${DEMUCS_VENV:-$HOME/.venvs/demucs}"
PY="${PYTHON:-python3}"

"$PY" -c 'import sys; assert sys.version_info >= (3,9), "Python 3.9+ required"'
[[ -d "$VENV" ]] || "$PY" -m venv "$VENV"
PIP="$VENV/bin/pip"
"$PIP" install --upgrade pip wheel

if command -v nvidia-smi >/dev/null && nvidia-smi -L >/dev/null 2>&1; then
  echo "NVIDIA GPU detected: $(nvidia-smi --query-gpu=name,memory.total --format=csv,noheader | head -n1)"
  "$PIP" install torch torchaudio --index-url https://download.pytorch.org/whl/cu121
elif command -v rocminfo >/dev/null && [[ "$(uname -s)" == Linux ]]; then
  echo "AMD ROCm detected"
  "$PIP" install torch torchaudio --index-url https://download.pytorch.org/whl/rocm6.0
elif [[ "$(uname -s)" == Darwin && "$(uname -m)" == arm64 ]]; then
  echo "Apple Silicon: using MPS"
  "$PIP" install torch torchaudio
else
  echo "No GPU found, installing CPU build"
  "$PIP" install torch torchaudio --index-url https://download.pytorch.org/whl/cpu
fi

"$PIP" install "demucs==4.0.1" soundfile
"$VENV/bin/python" - <<'PY'
import torch
dev = "cuda" if torch.cuda.is_available() else "mps" if torch.backends.mps.is_available() else "cpu"
print("torch", torch.__version__, "device:", dev)
PY
