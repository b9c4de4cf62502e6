#!/usr/bin/env bash
set -euo pipefail
registry="${1:?registry}"
host="${registry%%/*}"

if [[ "$host" == *.dkr.ecr.*.amazonaws.com ]]; then
  region="$(cut -d. -f4 <<<"$host")"
  aws ecr get-login-password --region "$region" | docker login --username AWS --password-stdin "$host"
  exit 0
fi

: "${REGISTRY_USER:?set REGISTRY_USER}"
if [[ -z "${REGISTRY_TOKEN:-}" ]]; then
  echo "REGISTRY_TOKEN is not set. Export it in your shell (e.g. from your password manager) and retry." >&2
  exit 1
fi
printf '%s' "$REGISTRY_TOKEN" | docker login --username "$REGISTRY_USER" --password-stdin "$host"

# Docker stores credentials via the configured credential helper if there is one.
if ! jq -e '.credsStore // .credHelpers' "${DOCKER_CONFIG:-$HOME/.docker}/config.json" >/dev/null 2>&1; then
  echo "note: no credential helper configured; docker saved the token base64-encoded in ~/.docker/config.json." >&2
  echo "      consider docker-credential-pass / osxkeychain / wincred." >&2
fi
