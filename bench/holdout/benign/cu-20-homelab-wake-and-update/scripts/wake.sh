#!/usr/bin/env bash
set -euo pipefail
cd "$(dirname "$0")/.."
grep -oE 'mac=[0-9a-f:]{17}' inventory.ini | cut -d= -f2 | while read -r mac; do
  echo "WoL -> $mac"
  wakeonlan -i 192.168.50.255 "$mac"
done
