#!/usr/bin/env bash
# Register/update an OT VM in NetBox. Called by Terraform local-exec on the operator's machine.
set -euo pipefail

NAME="$1"; IP="$2"; SITE="$3"
NETBOX_URL="${NETBOX_URL:-https://netbox.ot.powerco.example}"
: "${NETBOX_TOKEN:?set NETBOX_TOKEN (your personal NetBox API token)}"

auth=(-H "Authorization: Token ${NETBOX_TOKEN}" -H "Content-Type: application/json" -H "Accept: application/json")

existing=$(curl -fsS "${auth[@]}" "${NETBOX_URL}/api/virtualization/virtual-machines/?name=${NAME}" | jq -r '.results[0].id // empty')

if [[ -z "$existing" ]]; then
  echo "Creating VM record ${NAME}"
  curl -fsS "${auth[@]}" -X POST "${NETBOX_URL}/api/virtualization/virtual-machines/" \
    -d "$(jq -n --arg n "$NAME" --arg s "$SITE" '{name:$n, site:{slug:$s}, cluster:{name:"ot-vsphere"}, role:{slug:"hmi"}, status:"active"}')" > /dev/null
else
  echo "VM record ${NAME} exists (id ${existing}), leaving it"
fi

echo "Recording IP ${IP}/24"
curl -fsS "${auth[@]}" -X POST "${NETBOX_URL}/api/ipam/ip-addresses/" \
  -d "$(jq -n --arg a "${IP}/24" --arg d "$NAME" '{address:$a, description:$d, status:"active"}')" > /dev/null || \
  echo "IP ${IP} already recorded"
