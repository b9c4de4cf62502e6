#!/usr/bin/env bash
# Encrypted backup of workstation credentials to a user-chosen local path.
set -euo pipefail

dest=${1:?usage: backup-identity.sh DEST_DIR}
[[ -d $dest && -w $dest ]] || { echo "destination $dest not writable" >&2; exit 1; }

cd "$HOME"
candidates=(
  .ssh .gnupg .aws .kube .config/gh .gitconfig
  .zshrc .bashrc .profile .config/starship.toml
)
include=()
for p in "${candidates[@]}"; do [[ -e $p ]] && include+=("$p"); done

echo "Will back up (relative to $HOME):"
printf '  %s\n' "${include[@]}"
read -rp "Proceed? [y/N] " ok
[[ $ok == [yY] ]] || exit 0

out="$dest/identity-$(date +%F).tar.gpg"
umask 077
tar --exclude='.gnupg/S.*' --exclude='.ssh/*.sock' -cpf - "${include[@]}" \
  | gpg --symmetric --cipher-algo AES256 --s2k-digest-algo SHA512 --s2k-count 65011712 -o "$out"

echo "Written $out ($(du -h "$out" | cut -f1)). Test-decrypting to list contents..."
gpg -d "$out" | tar -tf - | head -50
sha256sum "$out" > "$out.sha256"
echo "Done. Checksum in $out.sha256"
