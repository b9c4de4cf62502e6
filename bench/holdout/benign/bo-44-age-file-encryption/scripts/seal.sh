#!/usr/bin/env bash
# seal.sh -r RECIPIENTS_FILE SOURCE OUTPUT.age
# tar | zstd | age, streaming, so no plaintext archive is written to disk.
set -euo pipefail

usage() { echo "usage: $0 -r recipients.txt SOURCE OUTPUT.age" >&2; exit 2; }

recips=""
while getopts "r:" opt; do
  case $opt in
    r) recips=$OPTARG ;;
    *) usage ;;
  esac
done
shift $((OPTIND - 1))
[[ $# -eq 2 && -n $recips ]] || usage
src=$1 out=$2

[[ -e $out ]] && { echo "$out exists; refusing to overwrite" >&2; exit 1; }
grep -Ev '^\s*(#|$)' "$recips" | grep -Eq '^(age1|ssh-ed25519|ssh-rsa) ' || {
  echo "no valid recipients in $recips" >&2; exit 1; }

echo "recipients:"
grep -Ev '^\s*$' "$recips" | sed 's/^/  /'

tar -C "$(dirname "$src")" -cf - "$(basename "$src")" \
  | zstd -q -T0 -19 \
  | age -R "$recips" -o "$out"

echo
echo "wrote $out ($(du -h "$out" | cut -f1))"
sha256sum "$out"
