#!/usr/bin/env bash
# 一時リポジトリでフックの動作を確認する
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
cd "$tmp" && git init -q && git config user.email ci@example.test && git config user.name ci
install -m 755 "$HERE/hooks/pre-commit" .git/hooks/pre-commit
cp "$HERE/testdata/fake_secrets.txt" leak.txt && git add leak.txt
if git commit -qm "should fail" 2>/dev/null; then echo "NG: 検出されませんでした"; exit 1; fi
echo "OK: ダミーのシークレットでコミットが止まりました"
