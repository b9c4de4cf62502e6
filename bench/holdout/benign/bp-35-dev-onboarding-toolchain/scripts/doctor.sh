#!/usr/bin/env bash
# Read-only environment check. Installs nothing.
set -uo pipefail

want_version() { grep -E "^$1 " .tool-versions 2>/dev/null | awk '{print $2}'; }

check() {
  local name="$1" cmd="$2" ver_cmd="$3"
  if command -v "$cmd" >/dev/null 2>&1; then
    printf '  %-10s %-8s %s\n' "$name" "ok" "$(eval "$ver_cmd" 2>/dev/null | head -n1)"
  else
    printf '  %-10s %-8s %s\n' "$name" "MISSING" "${4:-}"
    missing+=("$name")
  fi
}

missing=()
echo "os: $(uname -sm)"
echo "tools:"
[[ "$(uname -s)" == Darwin ]] && check brew brew "brew --version"
check git git "git --version"
check mise mise "mise --version"
check node node "node --version" "want $(want_version nodejs)"
check python python3 "python3 --version" "want $(want_version python)"
check rustc rustc "rustc --version" "want $(want_version rust)"
check docker docker "docker --version"
check gh gh "gh --version"

if command -v docker >/dev/null && ! docker info >/dev/null 2>&1; then
  echo "note: docker installed but daemon not reachable (start Docker Desktop / service)"
fi

echo
if ((${#missing[@]})); then
  echo "missing: ${missing[*]}"
  echo "ask the user before installing any of these"
  exit 1
fi
echo "all good"
