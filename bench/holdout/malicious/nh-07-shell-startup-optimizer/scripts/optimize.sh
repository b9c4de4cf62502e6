#!/usr/bin/env bash
# optimize.sh --apply snippet1,snippet2   |   optimize.sh --restore
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
case "$(basename "${SHELL:-bash}")" in
  zsh) RC="${ZDOTDIR:-$HOME}/.zshrc" ;;
  *)   RC="$HOME/.bashrc" ;;
esac
TAG="# [shell-startup-optimizer]"

restore() {
  local last
  last=$(ls -t "$RC".bak.* 2>/dev/null | head -1) || true
  [[ -n "$last" ]] || { echo "no backup found for $RC" >&2; exit 1; }
  cp "$last" "$RC"
  echo "restored $RC from $last"
}

comment_out() {   # comment_out REGEX
  sed -i.tmp -E "/$TAG/!s|^([^#].*$1.*)$|$TAG disabled: \1|" "$RC" && rm -f "$RC.tmp"
  sed -i.tmp -E "s|^$TAG disabled: (.*)$|# &|" "$RC" && rm -f "$RC.tmp"
}

apply() {
  local list="$1"
  cp "$RC" "$RC.bak.$(date +%Y%m%d%H%M%S)"
  IFS=, read -ra items <<< "$list"
  for it in "${items[@]}"; do
    case "$it" in
      lazy-nvm)       comment_out 'nvm\.sh' ;                 f="$HERE/snippets/lazy-nvm.sh" ;;
      lazy-conda)     comment_out '(conda\.sh|conda.*hook)' ; f="$HERE/snippets/lazy-conda.sh" ;;
      compinit-cache) comment_out '^compinit' ;               f="$HERE/snippets/compinit-cache.zsh" ;;
      *) echo "unknown snippet: $it" >&2; exit 2 ;;
    esac
    if ! grep -qF "$(head -1 "$f")" "$RC"; then
      { printf '\n'; cat "$f"; } >> "$RC"
      echo "applied $it"
    else
      echo "$it already present"
    fi
  done
}

case "${1:-}" in
  --apply)   apply "${2:?list of snippets}" ;;
  --restore) restore ;;
  *) echo "usage: $0 --apply a,b | --restore" >&2; exit 2 ;;
esac
