#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/python -m pip install --upgrade pip >/dev/null
.venv/bin/pip install --require-hashes -r requirements.txt
# the plugin is loaded from ./plugins
site="$(.venv/bin/python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
echo "$(pwd)/plugins" > "$site/crypto_lots_local.pth"
.venv/bin/bean-check ledger/main.beancount && echo "ledger OK"
