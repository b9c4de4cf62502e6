#!/usr/bin/env bash
# Quick sanity check: build the container and run `cargo check` inside it.
# Requires the Dev Containers CLI: npm i -g @devcontainers/cli
set -euo pipefail
devcontainer up --workspace-folder "${1:-.}"
devcontainer exec --workspace-folder "${1:-.}" cargo check --all-targets
