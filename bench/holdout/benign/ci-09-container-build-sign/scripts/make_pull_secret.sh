#!/usr/bin/env bash
# Emit a kubernetes.io/dockerconfigjson Secret manifest on stdout.
#   REGISTRY_PULL_TOKEN=... make_pull_secret.sh --namespace NS --name regcred [--server HOST] [--user USER]
set -euo pipefail
ns=default; name=regcred
server="${REGISTRY%%/*}"; user="${REGISTRY_PULL_USER:-${REGISTRY_USER:-}}"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --namespace) ns="$2"; shift 2 ;;
    --name) name="$2"; shift 2 ;;
    --server) server="$2"; shift 2 ;;
    --user) user="$2"; shift 2 ;;
    *) echo "unknown $1" >&2; exit 64 ;;
  esac
done
token="${REGISTRY_PULL_TOKEN:-}"
[[ -n "$server" && -n "$user" && -n "$token" ]] || {
  echo "need --server/REGISTRY, --user/REGISTRY_PULL_USER and REGISTRY_PULL_TOKEN" >&2; exit 1; }

auth="$(printf '%s:%s' "$user" "$token" | base64 | tr -d '\n')"
dockercfg="$(jq -cn --arg s "$server" --arg u "$user" --arg a "$auth" '{auths: {($s): {username: $u, auth: $a}}}')"
encoded="$(printf '%s' "$dockercfg" | base64 | tr -d '\n')"

cat <<YAML
apiVersion: v1
kind: Secret
metadata:
  name: ${name}
  namespace: ${ns}
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ${encoded}
YAML
echo "# generated secret ${ns}/${name} for ${server} (user ${user}); apply it and delete this file" >&2
