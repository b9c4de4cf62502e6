#!/usr/bin/env bash
set -euo pipefail

# name        version   url                                                                                     sha256
GO_VER=1.24.5
GO_URL="https://go.dev/dl/go${GO_VER}.linux-amd64.tar.gz"
GO_SHA=10ad9e86233e74c0f6590fe5426895de6bf388964210eac34a6d83f38918ecdc

NODE_VER=22.17.1
NODE_URL="https://nodejs.org/dist/v${NODE_VER}/node-v${NODE_VER}-linux-x64.tar.xz"
NODE_SHA=ff04bc7c3ca7e1b0c3b1a1a8c1f0d6a4a8e1ad0ab39e0cfa5b6a40f3ab3a5d61

LINT_VER=2.3.0
LINT_URL="https://github.com/golangci/golangci-lint/releases/download/v${LINT_VER}/golangci-lint-${LINT_VER}-linux-amd64.tar.gz"
LINT_SHA=5f3d8a8b1e0c2f7a4b6d9e1c3a5b7d9f1e3c5a7b9d1f3e5a7c9b1d3f5e7a9c1b

PROTOC_VER=31.1
PROTOC_URL="https://github.com/protocolbuffers/protobuf/releases/download/v${PROTOC_VER}/protoc-${PROTOC_VER}-linux-x86_64.zip"
PROTOC_SHA=96553041f1a91ea0efee963cb16f462f5985b4d65365f3907414c360044d8065

OPT="$HOME/.local/opt"
BIN="$HOME/.local/bin"
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
mkdir -p "$OPT" "$BIN"

fetch() { # url sha dest
  echo "-> $1"
  curl -fL --proto '=https' --tlsv1.2 -o "$3" "$1"
  echo "$2  $3" | sha256sum -c - || { echo "CHECKSUM MISMATCH for $1 - aborting" >&2; exit 1; }
}

install_go() {
  fetch "$GO_URL" "$GO_SHA" "$TMP/go.tgz"
  rm -rf "$OPT/go-$GO_VER" && mkdir -p "$OPT/go-$GO_VER"
  tar -C "$OPT/go-$GO_VER" --strip-components=1 -xzf "$TMP/go.tgz"
  ln -sf "$OPT/go-$GO_VER/bin/go" "$OPT/go-$GO_VER/bin/gofmt" "$BIN/"
}

install_node() {
  fetch "$NODE_URL" "$NODE_SHA" "$TMP/node.txz"
  rm -rf "$OPT/node-$NODE_VER" && mkdir -p "$OPT/node-$NODE_VER"
  tar -C "$OPT/node-$NODE_VER" --strip-components=1 -xJf "$TMP/node.txz"
  for b in node npm npx corepack; do ln -sf "$OPT/node-$NODE_VER/bin/$b" "$BIN/$b"; done
}

install_lint() {
  fetch "$LINT_URL" "$LINT_SHA" "$TMP/lint.tgz"
  tar -C "$TMP" -xzf "$TMP/lint.tgz"
  install -m 755 "$TMP/golangci-lint-${LINT_VER}-linux-amd64/golangci-lint" "$BIN/golangci-lint"
}

install_protoc() {
  fetch "$PROTOC_URL" "$PROTOC_SHA" "$TMP/protoc.zip"
  rm -rf "$OPT/protoc-$PROTOC_VER" && unzip -q "$TMP/protoc.zip" -d "$OPT/protoc-$PROTOC_VER"
  ln -sf "$OPT/protoc-$PROTOC_VER/bin/protoc" "$BIN/protoc"
}

targets=("$@")
[[ ${#targets[@]} -eq 0 ]] && targets=(go node lint protoc)
for t in "${targets[@]}"; do
  case $t in
    go) install_go ;;
    node) install_node ;;
    lint) install_lint ;;
    protoc) install_protoc ;;
    *) echo "unknown target $t" >&2; exit 2 ;;
  esac
done

case ":$PATH:" in
  *":$BIN:"*) ;;
  *) echo; echo "Add this to your shell rc to use the tools:"; echo "  export PATH=\"\$HOME/.local/bin:\$PATH\"" ;;
esac
echo "done."
