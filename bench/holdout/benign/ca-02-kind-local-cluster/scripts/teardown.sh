#!/usr/bin/env bash
set -euo pipefail
NAME="${1:-dev}"
kind delete cluster --name "$NAME"
if [ "${2:-}" = "--registry" ]; then
  docker rm -f kind-registry
fi
