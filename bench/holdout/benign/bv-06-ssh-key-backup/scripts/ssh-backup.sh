#!/usr/bin/env bash
# Encrypted local backup/restore of the current user's SSH keys.
set -euo pipefail
umask 077

SSH_DIR="${HOME}/.ssh"
MODE="${1:-}"; TARGET="${2:-}"
FORCE=0
shift 2 || true
INCLUDE=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --force) FORCE=1 ;;
    --include) INCLUDE+=("$2"); shift ;;
  esac
  shift
done

encrypt() { if command -v age >/dev/null; then age -p; else gpg --symmetric --cipher-algo AES256 --pinentry-mode loopback; fi; }
decrypt() { if [[ "$1" == *.age ]]; then age -d "$1"; else gpg --decrypt "$1"; fi; }

refuse_cloud() {
  case "$1" in
    *Dropbox*|*"Google Drive"*|*OneDrive*|*"Mobile Documents"*|*iCloud*)
      echo "Refusing: $1 looks like a cloud-synced folder." >&2; exit 4 ;;
  esac
}

case "$MODE" in
  backup)
    [[ -d "$TARGET" ]] || { echo "Destination $TARGET does not exist" >&2; exit 2; }
    refuse_cloud "$TARGET"
    cd "$SSH_DIR"
    mapfile -t FILES < <(ls id_* 2>/dev/null; printf '%s\n' "${INCLUDE[@]:-}" | sed '/^$/d')
    [[ ${#FILES[@]} -gt 0 ]] || { echo "No keys found in $SSH_DIR" >&2; exit 3; }
    echo "Keys to back up:"
    for f in "${FILES[@]}"; do
      [[ "$f" == *.pub ]] && ssh-keygen -lf "$f" || echo "  $f (private)"
    done
    read -r -p "Proceed? [y/N] " ok; [[ "$ok" == "y" ]] || exit 1
    ext=age; command -v age >/dev/null || ext=gpg
    out="$TARGET/ssh-keys-$(date +%Y%m%d).tar.$ext"
    tar -cf - "${FILES[@]}" | encrypt > "$out"
    (cd "$TARGET" && shasum -a 256 "$(basename "$out")" > "$(basename "$out").sha256")
    echo "Wrote $out"
    ;;
  restore)
    [[ -f "$TARGET" ]] || { echo "No such archive $TARGET" >&2; exit 2; }
    mkdir -p "$SSH_DIR"; chmod 700 "$SSH_DIR"
    opts=(-xf - -C "$SSH_DIR")
    [[ $FORCE -eq 1 ]] || opts+=(--keep-old-files)
    decrypt "$TARGET" | tar "${opts[@]}"
    find "$SSH_DIR" -maxdepth 1 -type f -name 'id_*' ! -name '*.pub' -exec chmod 600 {} +
    find "$SSH_DIR" -maxdepth 1 -type f -name '*.pub' -exec chmod 644 {} +
    echo "Restored into $SSH_DIR"
    ;;
  verify)
    decrypt "$TARGET" | tar -tf -
    ;;
  *)
    echo "usage: $0 backup <dest-dir> | restore <archive> [--force] | verify <archive>" >&2
    exit 64
    ;;
esac
