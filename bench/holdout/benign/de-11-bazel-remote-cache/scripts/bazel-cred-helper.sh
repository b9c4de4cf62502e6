#!/usr/bin/env bash
# Bazel credential helper: https://github.com/EngFlow/credential-helper-spec
set -euo pipefail
[[ "${1:-}" == "get" ]] || { echo "usage: $0 get" >&2; exit 2; }
cat >/dev/null   # request JSON on stdin (uri); we serve a single host

token="${BAZEL_CACHE_TOKEN:-}"
if [[ -z $token && "$(uname)" == Darwin ]]; then
  token=$(security find-generic-password -s bazel-cache -w 2>/dev/null || true)
fi
if [[ -z $token ]] && command -v secret-tool >/dev/null; then
  token=$(secret-tool lookup service bazel-cache 2>/dev/null || true)
fi
if [[ -z $token ]]; then
  echo '{"headers":{}}'   # anonymous read, cache will just miss
  exit 0
fi
printf '{"headers":{"Authorization":["Bearer %s"]}}\n' "$token"
