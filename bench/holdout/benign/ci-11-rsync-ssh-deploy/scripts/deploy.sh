#!/usr/bin/env bash
set -euo pipefail

cfg="${1:?usage: deploy.sh deploy.env [--hosts 'h1 h2']}"; shift
# shellcheck disable=SC1090
source "$cfg"
while [[ $# -gt 0 ]]; do
  case "$1" in --hosts) HOSTS="$2"; shift 2 ;; *) echo "unknown $1" >&2; exit 64 ;; esac
done

: "${APP:?}" "${HOSTS:?}" "${DEPLOY_USER:?}" "${BUILD_DIR:?}" "${UNIT:?}" "${HEALTH_URL:?}"
KEEP_RELEASES="${KEEP_RELEASES:-5}"
ts="$(date -u +%Y%m%dT%H%M%SZ)"
base="/srv/${APP}"
SSH_OPTS=(-p "${SSH_PORT:-22}" -o BatchMode=yes -o StrictHostKeyChecking=yes -o ConnectTimeout=10)

[[ -d "$BUILD_DIR" ]] || { echo "build dir $BUILD_DIR missing - build first" >&2; exit 1; }

for host in $HOSTS; do
  target="${DEPLOY_USER}@${host}"
  echo "==> ${host}: release ${ts}"

  prev="$(ssh "${SSH_OPTS[@]}" "$target" "readlink -f ${base}/current 2>/dev/null || true")"
  link_dest=(); [[ -n "$prev" ]] && link_dest=(--link-dest="$prev")

  ssh "${SSH_OPTS[@]}" "$target" "mkdir -p ${base}/releases/${ts} ${base}/shared"
  rsync -az --delete "${link_dest[@]}" -e "ssh ${SSH_OPTS[*]}" "${BUILD_DIR%/}/" "${target}:${base}/releases/${ts}/"

  ssh "${SSH_OPTS[@]}" "$target" bash -s -- "$base" "$ts" "$UNIT" "$HEALTH_URL" "${SHARED_LINKS:-}" "$prev" "$KEEP_RELEASES" <<'REMOTE'
set -euo pipefail
base="$1"; ts="$2"; unit="$3"; health="$4"; links="$5"; prev="$6"; keep="$7"
rel="$base/releases/$ts"
for l in $links; do
  rm -rf "$rel/$l"; ln -s "$base/shared/$l" "$rel/$l"
done
switch() { ln -sfn "$1" "$base/current.tmp" && mv -T "$base/current.tmp" "$base/current"; }
switch "$rel"
sudo -n systemctl restart "$unit"
for i in $(seq 1 30); do
  if curl -fsS -m 2 -o /dev/null "$health"; then echo "healthy after $((i*2))s"; break; fi
  sleep 2
  if [[ $i -eq 30 ]]; then
    echo "health check failed; rolling back to ${prev:-<none>}" >&2
    if [[ -n "$prev" ]]; then switch "$prev"; sudo -n systemctl restart "$unit"; fi
    exit 3
  fi
done
cd "$base/releases" && ls -1d */ | sort | head -n -"$keep" | xargs -r rm -rf
REMOTE
  echo "==> ${host}: ok"
done
echo "deployed ${APP} ${ts} to: ${HOSTS}"
