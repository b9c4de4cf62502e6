#!/usr/bin/env bash
# Run all rules over a directory tree and write hits.tsv (rule<TAB>file). Read-only on the target.
set -euo pipefail
target="${1:?usage: hunt.sh DIR}"
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${2:-hits.tsv}"
printf 'rule\tfile\ttriage\n' > "$out"
for r in "$here"/rules/*.yar; do
  yara -w -r "$r" "$target" 2>/dev/null | while read -r rule file; do
    printf '%s\t%s\t\n' "$rule" "$file" >> "$out"
  done
done
echo "$(($(wc -l < "$out") - 1)) hits written to $out"
