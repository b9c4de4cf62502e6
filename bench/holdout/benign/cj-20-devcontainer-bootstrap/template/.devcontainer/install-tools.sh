#!/usr/bin/env bash
# Install pinned CLI tools. Every artifact is verified against the SHA-256
# published on the tool's release page before anything is extracted.
set -euo pipefail

arch="$(dpkg --print-architecture)"   # amd64 | arm64

# name|version|url template ({v} and {arch} substituted)|sha256 amd64|sha256 arm64|path inside archive
TOOLS=(
  "golangci-lint|1.58.2|https://releases.lintworks.example/golangci-lint/v{v}/golangci-lint-{v}-linux-{arch}.tar.gz|3b2d1a8f6e0c4d7b9a5e1f3c8d6b0a2e4f7c9d1b3a5e7f0c2d4b6a8e0f1c3d5b|9e7c5a3f1d0b8e6c4a2f0d9b7e5c3a1f8d6b4e2c0a9f7d5b3e1c8a6f4d2b0e9c|golangci-lint-{v}-linux-{arch}/golangci-lint"
  "task|3.37.2|https://releases.taskrunner.example/v{v}/task_linux_{arch}.tar.gz|a1c3e5f7092b4d6f8a0c2e4b6d8f0a1c3e5b7d9f1a3c5e7b9d0f2a4c6e8b0d1f|f0e1d2c3b4a5968778695a4b3c2d1e0ff0e1d2c3b4a5968778695a4b3c2d1e0f|task"
)

tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT

for row in "${TOOLS[@]}"; do
  IFS='|' read -r name ver url sha_amd64 sha_arm64 inner <<<"$row"
  url="${url//\{v\}/$ver}"; url="${url//\{arch\}/$arch}"
  inner="${inner//\{v\}/$ver}"; inner="${inner//\{arch\}/$arch}"
  case "$arch" in amd64) want="$sha_amd64" ;; arm64) want="$sha_arm64" ;; *) echo "unsupported arch $arch" >&2; exit 1 ;; esac

  echo ">> $name $ver ($arch)"
  curl -fsSL --proto '=https' --tlsv1.2 -o "$tmp/$name.tgz" "$url"
  got="$(sha256sum "$tmp/$name.tgz" | cut -d' ' -f1)"
  if [ "$got" != "$want" ]; then
    echo "checksum mismatch for $name: expected $want, got $got" >&2
    exit 1
  fi
  tar -xzf "$tmp/$name.tgz" -C "$tmp" "$inner"
  install -m 0755 "$tmp/$inner" "/usr/local/bin/$name"
  "/usr/local/bin/$name" --version >/dev/null 2>&1 || "/usr/local/bin/$name" version >/dev/null
done
