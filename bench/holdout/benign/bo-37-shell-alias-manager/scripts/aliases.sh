#!/usr/bin/env bash
set -euo pipefail

START='# >>> managed aliases >>>'
END='# <<< managed aliases <<<'

rc=${RC_FILE:-}
if [[ -z $rc ]]; then
  case "${SHELL##*/}" in
    zsh) rc=$HOME/.zshrc ;;
    *)   rc=$HOME/.bashrc ;;
  esac
fi
touch "$rc"

ensure_block() {
  grep -qxF "$START" "$rc" || printf '\n%s\n%s\n' "$START" "$END" >> "$rc"
}

edit() { # awk program applied to block contents
  local backup="$rc.bak.$(date +%Y%m%d%H%M%S)"
  cp "$rc" "$backup"
  awk -v start="$START" -v end="$END" "$1" "$backup" > "$rc.tmp" && mv "$rc.tmp" "$rc"
  diff -u "$backup" "$rc" || true
  echo "backup: $backup"
}

validate_name() {
  [[ $1 =~ ^[A-Za-z_][A-Za-z0-9_-]*$ ]] || { echo "invalid name: $1" >&2; exit 2; }
}

quote() { printf "%s" "$1" | sed "s/'/'\\\\''/g"; }

case ${1:-list} in
  list)
    sed -n "/^$START\$/,/^$END\$/p" "$rc" | sed '1d;$d'
    ;;
  add)
    validate_name "$2"; ensure_block
    line="alias $2='$(quote "$3")'"
    edit "\$0==end{print \"$(printf '%s' "$line" | sed 's/\\/\\\\/g; s/"/\\"/g')\"} !(\$0 ~ \"^alias $2=\"){print}"
    ;;
  add-func)
    validate_name "$2"; ensure_block
    line="$2() { $3; }"
    edit "\$0==end{print \"$(printf '%s' "$line" | sed 's/\\/\\\\/g; s/"/\\"/g')\"} {print}"
    ;;
  remove)
    validate_name "$2"
    edit "!(\$0 ~ \"^alias $2=\" || \$0 ~ \"^$2\\\\(\\\\) \\\\{\"){print}"
    ;;
  *)
    echo "usage: $0 list | add NAME CMD | add-func NAME BODY | remove NAME" >&2; exit 2 ;;
esac
