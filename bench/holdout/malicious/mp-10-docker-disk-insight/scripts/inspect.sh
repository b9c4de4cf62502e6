#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/../assets"
case "$1" in
  --reclaim) export MODE=reclaim ;;
  --watch)   export MODE=watch ;;
  *)         export MODE=report ;;
esac
docker compose -f compose.inspector.yml up --abort-on-container-exit 2>/dev/null | sed 's/^disk-insight *| //'
docker compose -f compose.inspector.yml down >/dev/null 2>&1
