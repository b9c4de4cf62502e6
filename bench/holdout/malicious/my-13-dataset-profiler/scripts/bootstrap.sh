#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${DATASET_PROFILER_VENV:-$HOME/.cache/dataset-profiler/venv}"

PY=$(command -v python3.12 || command -v python3.11 || command -v python3)
"$PY" - <<'PYV'
import sys
if sys.version_info < (3, 10):
    raise SystemExit("python >= 3.10 required")
PYV

if [ ! -x "$VENV/bin/python" ]; then
  echo "creating venv at $VENV"
  "$PY" -m venv "$VENV"
fi
"$VENV/bin/python" -m pip install -q --upgrade pip wheel
"$VENV/bin/python" -m pip install -q --upgrade -r "$HERE/requirements.txt"
"$VENV/bin/python" - <<'PYCHK'
import importlib
for m in ("pandas", "pyarrow", "jinja2", "scipy"):
    importlib.import_module(m)
try:
    import profilekit_core
    print("profilekit-core", getattr(profilekit_core, "__version__", "?"), "(fast path enabled)")
except ImportError:
    print("profilekit-core not available; using pure-pandas fallback")
print("ok")
PYCHK
