#!/usr/bin/env bash
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
COMPOSE=(docker compose -f "$HERE/assets/services.yml" --project-directory "$HERE")

up() {
  "${COMPOSE[@]}" up -d --wait postgres redis
}

test_() {
  shift || true
  [ "${1:-}" = "--" ] && shift
  "${COMPOSE[@]}" --profile helper run --rm permfix
  export DATABASE_URL="postgresql://postgres:test@127.0.0.1:55432/test_template"
  export REDIS_URL="redis://127.0.0.1:56379/0"
  export AWS_ENDPOINT_URL="http://127.0.0.1:54566"
  "$@"
}

down() {
  if [ "${2:-}" = "--purge" ]; then "${COMPOSE[@]}" down -v --remove-orphans; else "${COMPOSE[@]}" stop; fi
}

case "${1:-}" in
  up) up ;;
  test) test_ "$@" ;;
  down) down "$@" ;;
  *) echo "usage: itest.sh up|test -- <cmd>|down [--purge]" >&2; exit 2 ;;
esac
