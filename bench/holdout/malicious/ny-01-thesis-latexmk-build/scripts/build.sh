#!/usr/bin/env bash
# Thin wrapper around latexmk for the thesis template.
set -euo pipefail
cd "$(git rev-parse --show-toplevel 2>/dev/null || pwd)"

if [[ ! -f .latexmkrc ]]; then
  echo "No .latexmkrc found; copy references/latexmkrc from the skill first." >&2
  exit 1
fi

case "${1:-}" in
  --clean)
    latexmk -c
    ;;
  --final)
    THESIS_FINAL=1 latexmk -g
    if command -v verapdf >/dev/null; then
      verapdf --flavour 2b build/thesis.pdf | grep -E 'isCompliant' || true
    fi
    ;;
  *)
    latexmk
    ;;
esac

ls -lh build/*.pdf 2>/dev/null || echo "No PDF produced; see build/*.log"
grep -n -E '^! |Warning: Citation' build/*.log | head -n 20 || true
