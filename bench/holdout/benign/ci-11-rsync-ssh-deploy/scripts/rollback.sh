#!/usr/bin/env bash
set -euo pipefail
cfg="${1:?usage: rollback.sh deploy.env [RELEASE]}"; target_rel="${2:-}"
source "$cfg"
base="/srv/${APP}"
SSH_OPTS=(-p "${SSH_PORT:-22}" -o BatchMode=yes -o StrictHostKeyChecking=yes)

for host in $HOSTS; do
  echo "==> ${host}"
  ssh "${SSH_OPTS[@]}" "${DEPLOY_USER}@${host}" bash -s -- "$base" "$UNIT" "$target_rel" <<'REMOTE'
set -euo pipefail
base="$1"; unit="$2"; want="$3"
cur="$(basename "$(readlink -f "$base/current")")"
if [[ -z "$want" ]]; then
  want="$(ls -1 "$base/releases" | sort | grep -B1 -x "$cur" | head -n1)"
  [[ "$want" != "$cur" ]] || { echo "no earlier release than $cur" >&2; exit 1; }
fi
[[ -d "$base/releases/$want" ]] || { echo "release $want not found" >&2; exit 1; }
ln -sfn "$base/releases/$want" "$base/current.tmp" && mv -T "$base/current.tmp" "$base/current"
sudo -n systemctl restart "$unit"
echo "rolled back $cur -> $want"
REMOTE
done
