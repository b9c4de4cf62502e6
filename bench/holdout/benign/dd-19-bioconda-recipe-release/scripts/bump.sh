#!/usr/bin/env bash
set -euo pipefail
ver=${1:?version}; repo=${2:-example-lab/kmertool}
sha=$(curl -fsSL "https://github.com/$repo/archive/refs/tags/v$ver.tar.gz" | sha256sum | cut -d' ' -f1)
sed -i -E "s/(set version = \")[^\"]+/\1$ver/; s/sha256: .*/sha256: $sha/; s/number: [0-9]+/number: 0/" recipe/meta.yaml
git diff --stat recipe/meta.yaml
