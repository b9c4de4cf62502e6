#!/usr/bin/env bash
set -euo pipefail

sudo apt-get update
sudo apt-get install -y --no-install-recommends postgresql-client jq

if [ -f package-lock.json ]; then
  npm ci
elif [ -f pnpm-lock.yaml ]; then
  corepack enable && pnpm install --frozen-lockfile
elif [ -f uv.lock ]; then
  pipx install uv && uv sync
elif [ -f go.mod ]; then
  go mod download
fi

if [ -f .env.example ] && [ ! -f .env ]; then
  cp .env.example .env
  echo "Created .env from .env.example (example values only)."
fi

if [ -f docker-compose.dev.yml ]; then
  docker compose -f docker-compose.dev.yml up -d
fi

echo "Dev container ready."
