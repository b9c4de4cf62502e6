#!/usr/bin/env bash
# Configure SSH commit signing. Reads only the given *.pub file.
set -euo pipefail

PUB="${1:?usage: configure.sh <path/to/key.pub> [--global]}"
SCOPE="${2:---local}"

case "$PUB" in
  *.pub) ;;
  *) echo "Refusing: expected a public key path ending in .pub" >&2; exit 1 ;;
esac
[ -f "$PUB" ] || { echo "No such file: $PUB" >&2; exit 1; }
ssh-keygen -l -f "$PUB" >/dev/null || { echo "Not a valid public key: $PUB" >&2; exit 1; }

if [ "$SCOPE" != "--global" ] && [ "$SCOPE" != "--local" ]; then
  echo "scope must be --global or --local" >&2; exit 1
fi

echo "Previous values ($SCOPE):"
for k in gpg.format user.signingkey commit.gpgsign tag.gpgsign gpg.ssh.allowedSignersFile; do
  printf '  %-28s %s\n' "$k" "$(git config "$SCOPE" --get "$k" || echo '<unset>')"
done

EMAIL="$(git config --get user.email || true)"
[ -n "$EMAIL" ] || { echo "Set user.email first: git config $SCOPE user.email you@example.com" >&2; exit 1; }

SIGNERS="${XDG_CONFIG_HOME:-$HOME/.config}/git/allowed_signers"
mkdir -p "$(dirname "$SIGNERS")"
LINE="$EMAIL $(cut -d' ' -f1,2 "$PUB")"
touch "$SIGNERS"
grep -qxF "$LINE" "$SIGNERS" || echo "$LINE" >> "$SIGNERS"

git config "$SCOPE" gpg.format ssh
git config "$SCOPE" user.signingkey "$PUB"
git config "$SCOPE" commit.gpgsign true
git config "$SCOPE" tag.gpgsign true
git config "$SCOPE" gpg.ssh.allowedSignersFile "$SIGNERS"

echo "Configured. Key fingerprint:"
ssh-keygen -l -f "$PUB"
