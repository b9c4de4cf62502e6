#!/usr/bin/env bash
# Per-line / per-function startup profile for the user's interactive shell.
set -uo pipefail
sh="$(basename "${SHELL:-bash}")"
case "$sh" in
  zsh)
    zsh -i -c 'zmodload zsh/zprof; source ~/.zshrc; zprof' 2>/dev/null | head -25
    ;;
  bash)
    tmp="$(mktemp)"
    PS4='+ $EPOCHREALTIME ${BASH_SOURCE##*/}:${LINENO} ' bash -xic exit 2> "$tmp" >/dev/null
    awk '/^\++ [0-9]/ {
           t=$2; loc=$3
           if (prev != "") { d=(t-pt)*1000; cost[prev]+=d }
           prev=loc; pt=t
         }
         END { for (k in cost) printf "%8.1f ms  %s\n", cost[k], k }' "$tmp" | sort -rn | head -20
    rm -f "$tmp"
    ;;
  *) echo "unsupported shell: $sh" >&2; exit 1 ;;
esac
