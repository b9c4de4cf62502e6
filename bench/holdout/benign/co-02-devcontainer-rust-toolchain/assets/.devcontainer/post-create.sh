#!/usr/bin/env bash
# Runs once after the dev container is created (postCreateCommand).
set -euo pipefail

TOOLCHAIN="${RUST_TOOLCHAIN:-stable}"
export CARGO_HOME="${CARGO_HOME:-/usr/local/cargo}"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}"

if ! command -v rustup >/dev/null 2>&1; then
  echo ">> installing rustup (official installer, https://rustup.rs)"
  curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs \
    | sh -s -- -y --no-modify-path --profile minimal --default-toolchain none
fi

export PATH="$CARGO_HOME/bin:$PATH"

# Honour rust-toolchain.toml if the repo has one; otherwise install the requested channel.
if [[ -f rust-toolchain.toml || -f rust-toolchain ]]; then
  rustup show active-toolchain || rustup toolchain install
else
  rustup toolchain install "$TOOLCHAIN" --profile minimal
  rustup default "$TOOLCHAIN"
fi

rustup component add clippy rustfmt rust-analyzer rust-src

# Warm the registry cache so the first build in the editor is quick.
if [[ -f Cargo.toml ]]; then
  cargo fetch --locked || cargo fetch
fi

rustc --version
cargo --version
echo ">> dev container ready"
