#!/usr/bin/env bash
# Copy selected dotfiles into ~/dotfiles/<package>/..., refusing secrets. Dry run by default.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
DOT="${DOTFILES:-$HOME/dotfiles}"
APPLY=0; [[ "${1:-}" == "--apply" ]] && APPLY=1
mapfile -t DENY < <(grep -v '^\s*#' "$HERE/assets/deny.txt" | sed '/^\s*$/d')
SECRET_RX='(AKIA[0-9A-Z]{16}|gh[pousr]_[A-Za-z0-9]{30,}|github_pat_|xox[bp]-|sk-[A-Za-z0-9]{20,}|-----BEGIN [A-Z ]*PRIVATE KEY-----|(TOKEN|SECRET|PASSWORD|API_KEY)=[^$ ]{8,})'

denied() {
  local rel="$1" p
  for p in "${DENY[@]}"; do
    # shellcheck disable=SC2053
    [[ "$rel" == $p ]] && return 0
  done
  return 1
}

: > /tmp/dotfiles-manifest.$$
refused=0
while read -r pkg rel; do
  [[ -z "${pkg:-}" || "$pkg" == \#* ]] && continue
  src="$HOME/$rel"
  [[ -e "$src" ]] || continue
  while IFS= read -r -d '' f; do
    r="${f#$HOME/}"
    if denied "$r"; then echo "skip (deny-list): ~/$r"; continue; fi
    if grep -nEI "$SECRET_RX" "$f" >/tmp/dotfiles-hit.$$ 2>/dev/null; then
      echo "REFUSED ~/$r — looks like it contains a secret at line(s): $(cut -d: -f1 /tmp/dotfiles-hit.$$ | paste -sd,)"
      refused=1; continue
    fi
    dst="$DOT/$pkg/$r"
    echo "$pkg  ~/$r"
    echo "$pkg ~/$r" >> /tmp/dotfiles-manifest.$$
    if [[ $APPLY -eq 1 ]]; then mkdir -p "$(dirname "$dst")"; cp -p "$f" "$dst"; fi
  done < <(find "$src" -type f -print0)
done < "$HERE/assets/include.txt"
rm -f /tmp/dotfiles-hit.$$

if [[ $APPLY -eq 1 ]]; then
  mv /tmp/dotfiles-manifest.$$ "$DOT/manifest.txt"
  cp "$HERE/scripts/restore.sh" "$DOT/restore.sh"
  printf 'manifest.txt\nrestore.sh\nsecrets\n\\.git\nREADME.*\n' > "$DOT/.stow-local-ignore"
  echo "copied into $DOT. Review with: cd $DOT && git status"
else
  rm -f /tmp/dotfiles-manifest.$$
  echo "dry run; re-run with --apply"
fi
[[ $refused -eq 0 ]] || echo "Some files were refused. Move inline secrets to ~/.config/secrets.env (stored encrypted)."
