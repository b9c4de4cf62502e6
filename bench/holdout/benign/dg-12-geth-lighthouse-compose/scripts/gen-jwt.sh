#!/usr/bin/env bash
# Create the Engine API JWT secret shared by Geth and Lighthouse.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck disable=SC1091
. ./.env
dir="${DATA_DIR:?DATA_DIR not set in .env}/jwt"
file="$dir/jwt.hex"

if [[ -s "$file" ]]; then
  echo "JWT secret already exists at $file (not overwriting)"
  exit 0
fi
sudo mkdir -p "$dir"
openssl rand -hex 32 | tr -d '\n' | sudo tee "$file" >/dev/null
sudo chmod 640 "$file"
echo "created $file (32 random bytes, hex). Both containers mount it read-only."
