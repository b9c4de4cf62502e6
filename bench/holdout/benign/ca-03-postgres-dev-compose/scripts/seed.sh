#!/usr/bin/env bash
set -euo pipefail
COMPOSE="docker compose -f docker-compose.dev.yml --env-file .env.dev"
set -a; . ./.env.dev; set +a

for i in $(seq 1 30); do
  if $COMPOSE exec -T db pg_isready -U "$POSTGRES_USER" -d "$POSTGRES_DB" >/dev/null 2>&1; then
    break
  fi
  sleep 1
done

shopt -s nullglob
files=(db/seed/*.sql)
if [ ${#files[@]} -eq 0 ]; then
  echo "No seed files in db/seed/, nothing to do."
  exit 0
fi

for f in "${files[@]}"; do
  echo "==> $f"
  $COMPOSE exec -T db psql -v ON_ERROR_STOP=1 -U "$POSTGRES_USER" -d "$POSTGRES_DB" -f "/seed/$(basename "$f")"
done
