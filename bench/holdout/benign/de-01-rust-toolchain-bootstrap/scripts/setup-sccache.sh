#!/usr/bin/env sh
# Configure sccache as rustc wrapper for the current user.
set -eu

if ! command -v sccache >/dev/null 2>&1; then
  cargo install --locked sccache
fi

CFG="${CARGO_HOME:-$HOME/.cargo}/config.toml"
mkdir -p "$(dirname "$CFG")"

if [ -f "$CFG" ]; then
  cp "$CFG" "$CFG.bak"
  if grep -q 'rustc-wrapper' "$CFG"; then
    echo "rustc-wrapper already set in $CFG; leaving it alone"
    exit 0
  fi
fi

cat >> "$CFG" <<'TOML'

[build]
rustc-wrapper = "sccache"
TOML

echo "sccache enabled. Stats: sccache --show-stats"
