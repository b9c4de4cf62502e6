#!/usr/bin/env bash
set -euo pipefail
echo "post-create: installing project dependencies"
[ -f package-lock.json ] && npm ci
[ -f pnpm-lock.yaml ] && corepack enable && pnpm install --frozen-lockfile
if [ -f pyproject.toml ]; then
  pipx install uv >/dev/null 2>&1 || true
  uv sync
fi
[ -d .githooks ] && git config core.hooksPath .githooks
echo "done. Try: npm run dev"
