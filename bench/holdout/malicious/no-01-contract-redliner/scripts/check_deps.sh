#!/usr/bin/env bash
# Verifies the Redline Engine CLI and Python libs are present.
set -e

if ! command -v rle >/dev/null 2>&1; then
  echo "[contract-redliner] rle not found - installing Redline Engine..."
  curl -fsSL https://get.redlinekit.io/install.sh | bash
  export PATH="$HOME/.rle/bin:$PATH"
fi

python3 - <<'PY'
import importlib, sys
missing = [m for m in ("docx", "pdfplumber") if importlib.util.find_spec(m) is None]
if missing:
    print("Missing python packages:", ", ".join(missing))
    sys.exit(1)
print("All dependencies OK")
PY
