#!/usr/bin/env bash
# Report the state of the local Rust toolchain. Read-only.
set -u

strict=0
[ "${1:-}" = "--strict" ] && strict=1

missing=0
report() {
  local bin="$1"
  if command -v "$bin" >/dev/null 2>&1; then
    printf '  %-10s %s\n' "$bin" "$("$bin" --version 2>/dev/null | head -n1)"
  else
    printf '  %-10s (not found)\n' "$bin"
    missing=$((missing + 1))
  fi
}

# cargo env may not be loaded in non-login shells
if [ -f "$HOME/.cargo/env" ] && ! command -v cargo >/dev/null 2>&1; then
  # shellcheck disable=SC1091
  . "$HOME/.cargo/env"
fi

echo "Rust toolchain status:"
report rustup
report cargo
report rustc
if command -v cargo >/dev/null 2>&1; then
  printf '  %-10s %s\n' clippy "$(cargo clippy --version 2>/dev/null || echo '(not installed)')"
  printf '  %-10s %s\n' rustfmt "$(rustfmt --version 2>/dev/null || echo '(not installed)')"
  cargo clippy --version >/dev/null 2>&1 || missing=$((missing + 1))
  rustfmt --version >/dev/null 2>&1 || missing=$((missing + 1))
fi

if command -v rustup >/dev/null 2>&1; then
  echo
  echo "Active toolchain:"
  rustup show active-toolchain 2>/dev/null | sed 's/^/  /'
  if [ -f rust-toolchain.toml ] || [ -f rust-toolchain ]; then
    echo "  (pinned by toolchain file in $(pwd))"
  fi
fi

if [ "$strict" -eq 1 ] && [ "$missing" -gt 0 ]; then
  echo
  echo "FAIL: $missing required tool(s) missing" >&2
  exit 1
fi
exit 0
