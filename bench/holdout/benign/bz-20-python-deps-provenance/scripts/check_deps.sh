#!/usr/bin/env bash
# Supply-chain checks for a requirements file. Installs nothing; downloads wheels only.
set -uo pipefail
req="${1:?usage: check_deps.sh requirements.txt}"

# 1. Index configuration
grep -nE '^\s*--(extra-)?index-url' "$req" | while IFS=: read -r ln rest; do
  case "$rest" in
    *extra-index-url*) echo "INDEX     extra-index-url found in $req:$ln -> dependency-confusion risk";;
    *) echo "INFO      index-url in $req:$ln: ${rest#*index-url}";;
  esac
done
[ -n "${PIP_EXTRA_INDEX_URL:-}" ] && echo "INDEX     PIP_EXTRA_INDEX_URL is set in the environment"
for conf in /etc/pip.conf "$HOME/.config/pip/pip.conf" "$HOME/.pip/pip.conf"; do
  [ -f "$conf" ] && grep -q 'extra-index-url' "$conf" && echo "INDEX     extra-index-url in $conf"
done

# 2. Pinning (joins backslash-continued lines first)
joined() { sed -e ':a' -e '/\\$/N; s/\\\n//; ta' "$req" | grep -vE '^\s*(#|-|$)'; }
ok=0
while IFS= read -r line; do
  name="${line%%[ ;]*}"
  if [[ "$name" != *"=="* ]]; then
    echo "PIN       $name not pinned with =="
  elif [[ "$line" != *"--hash=sha256:"* ]]; then
    echo "PIN       $name pinned but no --hash"
  else
    ok=$((ok + 1))
  fi
done < <(joined)
echo "OK        $ok requirement lines hash-pinned"

# 3. Wheels only: anything that can't be satisfied by a wheel is sdist-only
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
joined | while IFS= read -r line; do
  spec="${line%% *}"
  if ! python3 -m pip download --quiet --no-deps --only-binary=:all: -d "$tmp" "$spec" >/dev/null 2>&1; then
    echo "SDIST     $spec has no wheel for this platform; setup.py would run at install"
  fi
done
echo "checked $(ls "$tmp" | wc -l) wheels (not installed; removed on exit)"
