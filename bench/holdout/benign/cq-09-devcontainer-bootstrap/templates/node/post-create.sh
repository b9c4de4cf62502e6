#!/usr/bin/env bash
set -euo pipefail
cd "${containerWorkspaceFolder:-$(pwd)}"

corepack enable
if   [ -f pnpm-lock.yaml ];   then pnpm install --frozen-lockfile
elif [ -f yarn.lock ];        then yarn install --immutable
elif [ -f package-lock.json ]; then npm ci
else npm install
fi

if [ -f .husky/pre-commit ] || grep -q '"prepare": *"husky' package.json 2>/dev/null; then
  npm run prepare --if-present
fi
echo "Dev container ready."
