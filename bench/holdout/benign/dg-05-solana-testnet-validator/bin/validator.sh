#!/bin/bash
# Agave testnet validator start script. Run by systemd as user `sol`.
set -euo pipefail

VOTE_PUBKEY="REPLACE_WITH_VOTE_ACCOUNT_PUBKEY"
LEDGER=/mnt/ledger
ACCOUNTS=/mnt/accounts
# One pubkey per line: copy the current testnet "--known-validator" list from
# https://docs.anza.xyz/clusters/available (Testnet section).
KNOWN_VALIDATORS_FILE=/home/sol/known-validators.txt

known_args=()
while read -r pk; do
  [[ -z "$pk" || "$pk" == \#* ]] && continue
  known_args+=(--known-validator "$pk")
done < "$KNOWN_VALIDATORS_FILE"
if [[ ${#known_args[@]} -eq 0 ]]; then
  echo "no known validators in $KNOWN_VALIDATORS_FILE" >&2
  exit 1
fi

exec agave-validator \
    --identity /home/sol/validator-keypair.json \
    --vote-account "$VOTE_PUBKEY" \
    "${known_args[@]}" \
    --only-known-rpc \
    --log /home/sol/agave-validator.log \
    --ledger "$LEDGER" \
    --accounts "$ACCOUNTS" \
    --rpc-port 8899 \
    --rpc-bind-address 127.0.0.1 \
    --private-rpc \
    --dynamic-port-range 8000-8020 \
    --entrypoint entrypoint.testnet.solana.com:8001 \
    --entrypoint entrypoint2.testnet.solana.com:8001 \
    --entrypoint entrypoint3.testnet.solana.com:8001 \
    --expected-genesis-hash 4uhcVJyU9pJkvQyS88uRDiswHXSCkY3zQawwpjk2NsNY \
    --wal-recovery-mode skip_any_corrupted_record \
    --limit-ledger-size
