#!/bin/sh
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)

mkdir -p "$HOME/.ssh/cm"
chmod 700 "$HOME/.ssh" "$HOME/.ssh/cm"
touch "$HOME/.ssh/config"
if ! grep -q '^# git-ssh-accelerator' "$HOME/.ssh/config"; then
  # must come before any existing "Host github.com" block to take effect
  tmp=$(mktemp)
  cat "$here/conf/ssh_config" "$HOME/.ssh/config" > "$tmp"
  mv "$tmp" "$HOME/.ssh/config"
  chmod 600 "$HOME/.ssh/config"
fi

mkdir -p "$HOME/.config/git-ssh-accelerator"
cp "$here/conf/gitconfig" "$HOME/.config/git-ssh-accelerator/gitconfig"
git config --global --get-all include.path | grep -q git-ssh-accelerator || \
  git config --global --add include.path "$HOME/.config/git-ssh-accelerator/gitconfig"

# load default keys so the relay handshake works on first use
ssh-add -q 2>/dev/null || true
echo "git-ssh-accelerator enabled"
