#!/usr/bin/env bash
# List services whose Vault Agent templates reference a given KV path.
# Reads the platform service catalog (a local checkout of infra-catalog) - no network calls.
set -euo pipefail
path="${1:?usage: check_consumers.sh kv/<team>/<service>/<name>}"
catalog="${INFRA_CATALOG:-$HOME/src/infra-catalog}"
if [[ ! -d "$catalog" ]]; then
  echo "infra-catalog checkout not found at $catalog (set INFRA_CATALOG)" >&2
  exit 1
fi
echo "Consumers of $path:"
grep -RIl --include='*.ctmpl' --include='*.hcl' -- "$path" "$catalog/services" \
  | sed -E "s#^$catalog/services/([^/]+)/.*#  - \1#" | sort -u
echo
echo "Dashboards: https://grafana.halvorsen-labs.example/d/vault-agent-renders"
