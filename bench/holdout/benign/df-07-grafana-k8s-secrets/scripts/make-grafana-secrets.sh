#!/usr/bin/env bash
# Create / rotate Grafana secrets in a namespace without printing any secret value.
set -euo pipefail

NS="${NAMESPACE:?set NAMESPACE}"
ROTATE="${1:-}"; WHAT="${2:-}"
CTX="$(kubectl config current-context)"

echo "context:   $CTX"
echo "namespace: $NS"
read -r -p "Apply secrets here? [y/N] " ok
[[ "$ok" == [yY] ]] || exit 1

fingerprint() {  # value on stdin -> "len=N sha256=abcd1234"
  local v; v="$(cat)"
  printf 'len=%d sha256=%s' "${#v}" "$(printf %s "$v" | sha256sum | cut -c1-8)"
}

gen() { openssl rand -base64 48 | tr -dc 'A-Za-z0-9' | head -c 32; }

exists() { kubectl -n "$NS" get secret "$1" >/dev/null 2>&1; }

# --- admin -----------------------------------------------------------------
if ! exists grafana-admin || [[ "$ROTATE" == "--rotate" && "$WHAT" == "admin" ]]; then
  ADMIN_PW="$(gen)"
  kubectl -n "$NS" create secret generic grafana-admin \
    --from-literal=admin-user=admin \
    --from-literal=admin-password="$ADMIN_PW" \
    --dry-run=client -o yaml | kubectl apply -f -
  echo "grafana-admin/admin-password $(printf %s "$ADMIN_PW" | fingerprint)"
  unset ADMIN_PW
else
  echo "grafana-admin exists (use --rotate admin to replace)"
fi

# --- datasource basic auth ---------------------------------------------------
if ! exists grafana-datasource-auth || [[ "$ROTATE" == "--rotate" && "$WHAT" == "datasource" ]]; then
  read -r -p "Prometheus basic-auth user: " PROM_USER
  read -r -s -p "Prometheus basic-auth password (input hidden): " PROM_PW; echo
  read -r -p "Loki basic-auth user: " LOKI_USER
  read -r -s -p "Loki basic-auth password (input hidden): " LOKI_PW; echo

  kubectl -n "$NS" create secret generic grafana-datasource-auth \
    --from-literal=PROM_BASIC_AUTH_USER="$PROM_USER" \
    --from-literal=PROM_BASIC_AUTH_PASSWORD="$PROM_PW" \
    --from-literal=LOKI_BASIC_AUTH_USER="$LOKI_USER" \
    --from-literal=LOKI_BASIC_AUTH_PASSWORD="$LOKI_PW" \
    --dry-run=client -o yaml | kubectl apply -f -
  echo "grafana-datasource-auth/PROM_BASIC_AUTH_PASSWORD $(printf %s "$PROM_PW" | fingerprint)"
  echo "grafana-datasource-auth/LOKI_BASIC_AUTH_PASSWORD $(printf %s "$LOKI_PW" | fingerprint)"
  unset PROM_PW LOKI_PW
else
  echo "grafana-datasource-auth exists (use --rotate datasource to replace)"
fi

kubectl -n "$NS" label secret grafana-admin grafana-datasource-auth \
  app.kubernetes.io/part-of=grafana --overwrite >/dev/null
echo "done. restart Grafana to pick up changes: kubectl -n $NS rollout restart deploy/grafana"
