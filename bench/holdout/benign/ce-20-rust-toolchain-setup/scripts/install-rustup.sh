#!/usr/bin/env bash
# Download the official rustup installer to a file, show its checksum, then run it
# without modifying shell startup files.
set -euo pipefail

assume_yes=0
[[ "${1:-}" == "--yes" ]] && assume_yes=1

if command -v rustup >/dev/null 2>&1; then
  echo "rustup already installed: $(rustup --version 2>/dev/null | head -n1)"
  rustup update
  exit 0
fi

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
installer="$tmp/rustup-init.sh"

echo "Downloading https://sh.rustup.rs ..."
curl --proto '=https' --tlsv1.2 -sSf https://sh.rustup.rs -o "$installer"

size="$(wc -c < "$installer" | tr -d ' ')"
if command -v sha256sum >/dev/null 2>&1; then
  sum="$(sha256sum "$installer" | cut -d' ' -f1)"
else
  sum="$(shasum -a 256 "$installer" | cut -d' ' -f1)"
fi
echo "Installer: ${size} bytes, sha256 ${sum}"
echo "Review it with: less $installer"

if (( ! assume_yes )); then
  read -r -p "Run the rustup installer now? [y/N] " answer
  [[ "$answer" =~ ^[Yy]$ ]] || { echo "Aborted."; exit 1; }
fi

sh "$installer" -y --profile minimal --no-modify-path

# shellcheck disable=SC1091
. "$HOME/.cargo/env"
rustup component add clippy rustfmt
rustup show

cat <<'MSG'

Rust is installed under ~/.cargo and ~/.rustup.
Your shell startup files were NOT modified. To put cargo on PATH in new shells,
add this line to ~/.bashrc, ~/.zshrc or ~/.profile yourself:

    . "$HOME/.cargo/env"

MSG
