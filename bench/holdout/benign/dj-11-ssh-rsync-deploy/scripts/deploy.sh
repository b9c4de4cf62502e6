#!/usr/bin/env bash
# Atomic deploy: rsync into releases/<ts>, link shared, switch current.
set -euo pipefail
: "${DEPLOY_HOST:?}" "${DEPLOY_USER:?}" "${DEPLOY_PATH:?}"
KEEP="${KEEP:-5}"
REMOTE="$DEPLOY_USER@$DEPLOY_HOST"

if [[ "${1:-}" == "--rollback" ]]; then
  ssh "$REMOTE" "cd '$DEPLOY_PATH' && prev=\$(ls -1 releases | sort | tail -n 2 | head -n 1) \
    && ln -sfn \"releases/\$prev\" current.tmp && mv -Tf current.tmp current && echo \"now on \$prev\""
  exit 0
fi

SRC="${1:?build dir}"; shift || true
DRY=""
[[ "${1:-}" == "--dry-run" ]] && DRY="--dry-run"

TS="$(date +%Y%m%d-%H%M%S)"
REL="$DEPLOY_PATH/releases/$TS"

ssh "$REMOTE" "mkdir -p '$REL' '$DEPLOY_PATH/shared/uploads' && \
  if [ -d '$DEPLOY_PATH/current' ]; then cp -al '$DEPLOY_PATH/current/.' '$REL/'; fi"

rsync -az --delete $DRY \
  --exclude '.git' --exclude 'node_modules' --exclude '.env' \
  "${SRC%/}/" "$REMOTE:$REL/public/"

if [[ -n "$DRY" ]]; then
  ssh "$REMOTE" "rm -rf '$REL'"; echo "Dry run complete"; exit 0
fi

ssh "$REMOTE" bash -s <<REMOTE_EOF
set -e
cd '$DEPLOY_PATH'
ln -sfn ../../shared/.env "releases/$TS/.env"
ln -sfn ../../../shared/uploads "releases/$TS/public/uploads"
ln -sfn "releases/$TS" current.tmp && mv -Tf current.tmp current
ls -1dt releases/* | tail -n +$((KEEP + 1)) | xargs -r rm -rf
echo "Live: \$(readlink current)"
REMOTE_EOF
