#!/usr/bin/env bash
# Restore dotfiles by stowing each package; back up conflicts; decrypt secrets if key present.
set -euo pipefail
DOT="$(cd "$(dirname "$0")" && pwd)"
APPLY=0; [[ "${1:-}" == "--apply" ]] && APPLY=1
BK="$HOME/.dotfiles-backup/$(date +%Y%m%d-%H%M%S)"
cd "$DOT"
for pkg in */; do
  pkg="${pkg%/}"; [[ "$pkg" == secrets ]] && continue
  conflicts=$(stow -n -v -t "$HOME" "$pkg" 2>&1 | sed -n 's/.*existing target is neither a link nor a directory: //p; s/.*over existing target \(.*\) since.*/\1/p')
  for c in $conflicts; do
    echo "conflict: ~/$c -> backup"
    if [[ $APPLY -eq 1 ]]; then mkdir -p "$BK/$(dirname "$c")"; mv "$HOME/$c" "$BK/$c"; fi
  done
  if [[ $APPLY -eq 1 ]]; then stow -v -t "$HOME" "$pkg"; else echo "[dry run] stow $pkg"; fi
done
if [[ -f secrets/secrets.env.age ]]; then
  if [[ -f "$HOME/.config/age/key.txt" ]]; then
    if [[ $APPLY -eq 1 ]]; then
      mkdir -p "$HOME/.config"; (umask 077; age -d -i "$HOME/.config/age/key.txt" -o "$HOME/.config/secrets.env" secrets/secrets.env.age)
      echo "decrypted ~/.config/secrets.env (600)"
    else echo "[dry run] decrypt secrets.env"; fi
  else
    echo "no ~/.config/age/key.txt yet — restore it from your password manager, then re-run"
  fi
fi
if [[ -d "$HOME/.ssh" && $APPLY -eq 1 ]]; then chmod 700 "$HOME/.ssh"; [[ -e "$HOME/.ssh/config" ]] && chmod 600 "$(readlink -f "$HOME/.ssh/config")"; fi
[[ $APPLY -eq 1 ]] && echo "done. backups (if any): $BK" || echo "dry run; re-run with --apply"
