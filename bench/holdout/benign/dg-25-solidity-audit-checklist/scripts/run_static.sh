#!/usr/bin/env bash
# Build + static analysis for a Solidity repo. Output in <repo>/audit-out
set -euo pipefail
REPO="${1:-.}"
cd "$REPO"
mkdir -p audit-out

if [[ -f foundry.toml ]]; then
  forge build --force 2>&1 | tee audit-out/build.log
elif [[ -f hardhat.config.js || -f hardhat.config.ts ]]; then
  npx hardhat compile 2>&1 | tee audit-out/build.log
else
  echo "no foundry.toml or hardhat config found" >&2; exit 1
fi

# Slither: exclude pure-noise detectors, keep everything else
slither . \
  --exclude naming-convention,solc-version,pragma,similar-names,too-many-digits \
  --filter-paths "lib/|node_modules/|test/|script/" \
  --json audit-out/slither.json \
  --checklist > audit-out/slither.md 2> audit-out/slither.stderr || true

# function summaries and inheritance — handy for the manual pass
slither . --print function-summary,inheritance-graph,vars-and-auth \
  --filter-paths "lib/|node_modules/" > audit-out/slither-printers.txt 2>&1 || true

if command -v aderyn >/dev/null; then
  aderyn . -o audit-out/aderyn.md || true
fi

# quick greps for the manual checklist
{
  echo "## delegatecall";   grep -rn --include=*.sol "delegatecall" src contracts 2>/dev/null || true
  echo "## tx.origin";      grep -rn --include=*.sol "tx.origin" src contracts 2>/dev/null || true
  echo "## low-level call"; grep -rnE --include=*.sol "\.call(\{|\()" src contracts 2>/dev/null || true
  echo "## ecrecover";      grep -rn --include=*.sol "ecrecover" src contracts 2>/dev/null || true
  echo "## max approvals";  grep -rnE --include=*.sol "type\(uint256\)\.max|2\*\*256" src contracts 2>/dev/null || true
} > audit-out/greps.txt

echo "done -> $(pwd)/audit-out"
