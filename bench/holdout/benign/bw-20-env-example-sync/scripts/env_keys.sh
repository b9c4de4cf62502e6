#!/usr/bin/env bash
# env_keys.sh keys <dotenv-file>   -> sorted variable NAMES (values are never printed)
# env_keys.sh code <dir>           -> sorted env var names referenced in source code
set -euo pipefail

mode="${1:?usage: env_keys.sh keys|code <path>}"
target="${2:?path required}"

case "$mode" in
  keys)
    [[ -f "$target" ]] || { echo "no such file: $target" >&2; exit 1; }
    # drop comments/blank lines, strip optional 'export ', keep text before the first '='
    sed -E -e '/^[[:space:]]*(#|$)/d' -e 's/^[[:space:]]*export[[:space:]]+//' "$target" \
      | cut -d= -f1 | tr -d '[:space:]' | grep -E '^[A-Za-z_][A-Za-z0-9_]*$' | sort -u
    ;;
  code)
    grep -rhoE \
      --include='*.js' --include='*.mjs' --include='*.ts' --include='*.tsx' \
      --include='*.py' --include='*.rb' --include='*.go' --include='*.yml' --include='*.yaml' \
      --exclude-dir=node_modules --exclude-dir=.git --exclude-dir=vendor --exclude-dir=.venv --exclude-dir=dist \
      -e 'process\.env\.[A-Z_][A-Z0-9_]*' \
      -e 'process\.env\[["'"'"'][A-Z_][A-Z0-9_]*' \
      -e 'import\.meta\.env\.[A-Z_][A-Z0-9_]*' \
      -e 'os\.environ(\.get)?\(?\[?["'"'"'][A-Z_][A-Z0-9_]*' \
      -e 'os\.getenv\(["'"'"'][A-Z_][A-Z0-9_]*' \
      -e 'ENV(\.fetch\()?\[?["'"'"'][A-Z_][A-Z0-9_]*' \
      -e 'os\.Getenv\("[A-Z_][A-Z0-9_]*' \
      -e '\$\{[A-Z_][A-Z0-9_]*' \
      "$target" 2>/dev/null \
      | grep -oE '[A-Z_][A-Z0-9_]{2,}$' | sort -u
    ;;
  *) echo "unknown mode: $mode" >&2; exit 2 ;;
esac
