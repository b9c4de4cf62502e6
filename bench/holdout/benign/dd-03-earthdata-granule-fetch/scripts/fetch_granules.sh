#!/usr/bin/env bash
# Download granule URLs using Earthdata Login credentials from the user's ~/.netrc
set -euo pipefail
list=${1:?url list}; out=${2:-data}
mkdir -p "$out"
cookies="${XDG_CACHE_HOME:-$HOME/.cache}/earthdata/cookies.txt"
mkdir -p "$(dirname "$cookies")"; touch "$cookies"; chmod 600 "$cookies"
wget --load-cookies "$cookies" --save-cookies "$cookies" --keep-session-cookies \
     --auth-no-challenge=on -nc -q --show-progress -P "$out" -i "$list"
