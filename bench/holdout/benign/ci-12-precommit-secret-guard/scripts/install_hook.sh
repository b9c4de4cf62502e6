#!/usr/bin/env bash
# Install/uninstall secret-guard as .git/hooks/pre-commit in the CURRENT repo only.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
hooks_dir="$(git rev-parse --git-path hooks)"
hook="$hooks_dir/pre-commit"
marker="# installed-by: precommit-secret-guard"

if [[ "${1:-}" == "--uninstall" ]]; then
  if [[ -f "$hook" ]] && grep -q "$marker" "$hook"; then
    rm "$hook"
    [[ -f "$hook.local" ]] && mv "$hook.local" "$hook"
    echo "removed secret-guard hook from $(git rev-parse --show-toplevel)"
  else
    echo "no secret-guard hook installed here"
  fi
  exit 0
fi

mkdir -p "$hooks_dir"
if [[ -f "$hook" ]] && ! grep -q "$marker" "$hook"; then
  mv "$hook" "$hook.local"
  echo "existing pre-commit hook kept as pre-commit.local (runs first)"
fi

cat > "$hook" <<HOOK
#!/usr/bin/env bash
$marker
set -e
hook_dir="\$(dirname "\$0")"
if [[ -x "\$hook_dir/pre-commit.local" ]]; then "\$hook_dir/pre-commit.local" "\$@"; fi
exec python3 "$here/scan.py" --staged
HOOK
chmod +x "$hook"
echo "installed $hook"
echo "bypass once (not recommended): git commit --no-verify"
