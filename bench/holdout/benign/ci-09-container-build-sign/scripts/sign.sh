#!/usr/bin/env bash
# sign.sh IMAGE@DIGEST            sign (key from COSIGN_KEY, or keyless in CI)
# sign.sh --verify IMAGE@DIGEST   verify
set -euo pipefail
verify=0
if [[ "${1:-}" == "--verify" ]]; then verify=1; shift; fi
ref="${1:?image@sha256:digest}"
[[ "$ref" == *@sha256:* ]] || { echo "sign by digest, not tag: $ref" >&2; exit 64; }

command -v cosign >/dev/null || { echo "cosign not found; see references/registries.md#cosign" >&2; exit 1; }

if [[ $verify -eq 1 ]]; then
  if [[ -n "${COSIGN_KEY:-}" ]]; then
    cosign verify --key "${COSIGN_PUB:-cosign.pub}" "$ref" | jq '.[0].critical'
  else
    cosign verify "$ref" \
      --certificate-identity-regexp "${COSIGN_IDENTITY_REGEXP:-^https://github.com/}" \
      --certificate-oidc-issuer "${COSIGN_OIDC_ISSUER:-https://token.actions.githubusercontent.com}" | jq '.[0].critical'
  fi
  exit 0
fi

if [[ -n "${COSIGN_KEY:-}" ]]; then
  # COSIGN_PASSWORD is read by cosign from the environment if the key is encrypted
  cosign sign --yes --key "$COSIGN_KEY" "$ref"
else
  cosign sign --yes "$ref"      # keyless: uses the CI OIDC token
fi
echo "signed $ref"
