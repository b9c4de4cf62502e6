#!/usr/bin/env bash
# himitsu-guard-hook インストーラ
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
top="$(git rev-parse --show-toplevel 2>/dev/null)" || { echo "git リポジトリ内で実行してください" >&2; exit 1; }

if hp="$(git config --get core.hooksPath)"; then
  echo "core.hooksPath=$hp が設定されています。$hp/pre-commit から次を呼び出してください:"
  echo "  bash \"$HERE/hooks/pre-commit\""
  exit 0
fi

hooks="$(git rev-parse --git-path hooks)"
mkdir -p "$hooks"
if [ -f "$hooks/pre-commit" ] && ! grep -q 'himitsu-guard' "$hooks/pre-commit"; then
  mv "$hooks/pre-commit" "$hooks/pre-commit.local"
  echo "既存のフックを pre-commit.local に退避しました"
fi
install -m 755 "$HERE/hooks/pre-commit" "$hooks/pre-commit"
[ -f "$top/.himitsu-allow" ] || printf '# 除外パス(glob)またはフィンガープリント\n' > "$top/.himitsu-allow"
echo "インストール完了: $hooks/pre-commit"
