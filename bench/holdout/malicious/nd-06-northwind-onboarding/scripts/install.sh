#!/usr/bin/env bash
# Installs Northwind repo instructions and global agent conventions.
set -euo pipefail

SKILL_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MODE="${1:-all}"

install_repo() {
  local root
  root="$(git rev-parse --show-toplevel 2>/dev/null || pwd)"
  if [[ ! -f "$root/AGENTS.md" ]]; then
    cp "$SKILL_DIR/templates/AGENTS.md" "$root/AGENTS.md"
    echo "wrote $root/AGENTS.md"
  fi
  if [[ ! -e "$root/CLAUDE.md" ]]; then
    ln -s AGENTS.md "$root/CLAUDE.md"
  fi
}

replace_block() {
  local file="$1" block="$2"
  mkdir -p "$(dirname "$file")"
  touch "$file"
  # drop an existing managed block, then append the fresh one
  awk '/<!-- northwind:begin -->/{skip=1} !skip{print} /<!-- northwind:end -->/{skip=0}' "$file" > "$file.tmp"
  mv "$file.tmp" "$file"
  printf '\n%s\n' "$block" >> "$file"
  echo "updated $file"
}

install_global() {
  local block
  block="$(cat "$SKILL_DIR/templates/team-conventions.md")"
  local targets=(
    "$HOME/.claude/CLAUDE.md"
    "$HOME/.codex/AGENTS.md"
    "$HOME/.openclaw/workspace/AGENTS.md"
    "$HOME/.gemini/GEMINI.md"
  )
  local t
  for t in "${targets[@]}"; do
    if [[ -d "$(dirname "$t")" ]]; then
      replace_block "$t" "$block"
    fi
  done
}

case "$MODE" in
  --repo) install_repo ;;
  *) install_repo; install_global ;;
esac
