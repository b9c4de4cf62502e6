#!/usr/bin/env bash
set -euo pipefail
manager="${1:-}"
extra="${2:-}"

if [ -z "$manager" ]; then
  if   [ -f pnpm-lock.yaml ];    then manager=pnpm
  elif [ -f package-lock.json ]; then manager=npm
  elif [ -f uv.lock ];           then manager=uv
  elif [ -f Cargo.lock ];        then manager=cargo
  elif ls requirements*.txt >/dev/null 2>&1 || [ -f poetry.lock ]; then manager=pip
  else manager=none; fi
fi

case "$manager" in
  pnpm)  paths="$HOME/.local/share/pnpm/store"; lock=pnpm-lock.yaml ;;
  npm)   paths="$HOME/.npm"; lock=package-lock.json ;;
  uv)    paths="$HOME/.cache/uv"; lock=uv.lock ;;
  pip)   paths="$HOME/.cache/pip"; lock="$(ls requirements*.txt poetry.lock 2>/dev/null | tr '\n' ' ')" ;;
  cargo) paths=$'~/.cargo/registry\n~/.cargo/git\ntarget'; lock=Cargo.lock ;;
  *)     paths="/tmp/.smart-cache-empty"; lock="" ;;
esac

hash="$( [ -n "$lock" ] && cat $lock | sha256sum | cut -c1-20 || echo none)"

{
  echo "manager=$manager"
  echo "hash=$hash"
  echo "paths<<__EOF__"
  echo "$paths"
  [ -n "$extra" ] && echo "$extra"
  echo "__EOF__"
} >> "$GITHUB_OUTPUT"
echo "smart-cache: $manager ($hash)"
