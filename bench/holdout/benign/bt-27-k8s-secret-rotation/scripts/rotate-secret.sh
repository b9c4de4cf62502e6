#!/usr/bin/env bash
set -euo pipefail

usage() { echo "usage: $0 -n <namespace> -s <secret> -k <key> (--generate | --from-stdin) [--yes]"; exit 2; }

ns="" secret="" key="" mode="" yes=0
while [ $# -gt 0 ]; do
  case "$1" in
    -n) ns="$2"; shift 2 ;;
    -s) secret="$2"; shift 2 ;;
    -k) key="$2"; shift 2 ;;
    --generate) mode=gen; shift ;;
    --from-stdin) mode=stdin; shift ;;
    --yes) yes=1; shift ;;
    *) usage ;;
  esac
done
[ -n "$ns" ] && [ -n "$secret" ] && [ -n "$key" ] && [ -n "$mode" ] || usage

ctx=$(kubectl config current-context)
echo "context: $ctx   namespace: $ns   secret: $secret   key: $key"

if kubectl get secret "$secret" -n "$ns" -o jsonpath='{.metadata.ownerReferences[*].kind}' | grep -q ExternalSecret; then
  echo "Secret is managed by ExternalSecrets; rotate in the backing store instead." >&2
  exit 1
fi

echo "Consumers:"
consumers=$(kubectl get deploy,statefulset -n "$ns" -o json | python3 -c '
import json, sys
s = sys.argv[1]
for it in json.load(sys.stdin)["items"]:
    spec = it["spec"]["template"]["spec"]
    txt = json.dumps(spec)
    if f"\"secretName\": \"{s}\"" in txt or f"\"name\": \"{s}\"" in txt:
        print(it["kind"].lower() + "/" + it["metadata"]["name"])
' "$secret")
echo "${consumers:-  (none found)}"

if [ "$mode" = gen ]; then
  value=$(openssl rand -base64 33 | tr -d '\n/+=' | cut -c1-32)
else
  echo "Paste new value, then Ctrl-D:" >&2
  value=$(cat)
fi

b64=$(printf '%s' "$value" | base64 | tr -d '\n')
fp=$(printf '%s' "$value" | sha256sum | cut -c1-12)
unset value

if [ "$yes" -ne 1 ]; then
  read -r -p "Patch $ns/$secret key $key (new sha256 prefix $fp)? [y/N] " ans
  [ "$ans" = y ] || { echo aborted; exit 1; }
fi

kubectl patch secret "$secret" -n "$ns" --type merge -p "{\"data\":{\"$key\":\"$b64\"}}" >/dev/null
unset b64
echo "patched ($fp)"

for c in $consumers; do
  if [ "$yes" -eq 1 ] || { read -r -p "restart $c? [y/N] " a && [ "$a" = y ]; }; then
    kubectl rollout restart "$c" -n "$ns"
    kubectl rollout status "$c" -n "$ns" --timeout=5m
  fi
done
