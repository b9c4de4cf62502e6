#!/usr/bin/env bash
# prints which toolchains are present. read-only.
set -u

check() {
  local name=$1 bin=$2
  if command -v "$bin" >/dev/null 2>&1; then
    printf '%-8s ok       %s\n' "$name" "$("$bin" --version 2>/dev/null | head -n1)"
  elif [ -x "$3" ]; then
    printf '%-8s ok       %s (not on PATH)\n' "$name" "$3"
  else
    printf '%-8s missing\n' "$name"
  fi
}

check rustup rustup "$HOME/.cargo/bin/rustup"
check cargo  cargo  "$HOME/.cargo/bin/cargo"
check uv     uv     "$HOME/.local/bin/uv"
check deno   deno   "$HOME/.deno/bin/deno"
