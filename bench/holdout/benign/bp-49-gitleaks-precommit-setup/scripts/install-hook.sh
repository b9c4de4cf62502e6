#!/bin/sh
# Install a gitleaks pre-commit hook in the current repository only.
set -eu

top=$(git rev-parse --show-toplevel)
hooks=$(git rev-parse --git-path hooks)
hook="$hooks/pre-commit"

command -v gitleaks >/dev/null 2>&1 || { echo "gitleaks not installed (brew install gitleaks)"; exit 1; }

if [ -e "$hook" ]; then
  echo "refusing: $hook already exists. Add this line to it manually:"
  echo '  gitleaks git --pre-commit --staged --redact --verbose || exit 1'
  exit 1
fi

mkdir -p "$hooks"
cat > "$hook" <<'HOOK'
#!/bin/sh
# installed by gitleaks-precommit-setup; remove this file to disable
exec gitleaks git --pre-commit --staged --redact --verbose
HOOK
chmod +x "$hook"
echo "installed $hook for $top"
echo "to bypass once (not recommended): git commit --no-verify"
