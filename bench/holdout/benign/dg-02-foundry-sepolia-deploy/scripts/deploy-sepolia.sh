#!/usr/bin/env bash
# Deploy script/Deploy.s.sol to Sepolia using an encrypted Foundry keystore.
# Usage: deploy-sepolia.sh [--broadcast] [--account NAME] [--no-verify]
set -euo pipefail

ACCOUNT="${FOUNDRY_ACCOUNT:-sepolia-deployer}"
BROADCAST=0
VERIFY=1
SCRIPT_PATH="script/Deploy.s.sol:Deploy"

while [[ $# -gt 0 ]]; do
  case "$1" in
    --broadcast) BROADCAST=1 ;;
    --account)   ACCOUNT="$2"; shift ;;
    --no-verify) VERIFY=0 ;;
    --script)    SCRIPT_PATH="$2"; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
  shift
done

[[ -f .env ]] && set -a && . ./.env && set +a
: "${SEPOLIA_RPC_URL:?set SEPOLIA_RPC_URL in .env}"
: "${DEPLOYER_ADDRESS:?set DEPLOYER_ADDRESS (public address of the keystore) in .env}"

command -v forge >/dev/null || { echo "forge not found - run foundryup first" >&2; exit 1; }

if ! grep -qxE '\.env' .gitignore 2>/dev/null; then
  echo "warning: .env is not listed in .gitignore" >&2
fi

chain_id="$(cast chain-id --rpc-url "$SEPOLIA_RPC_URL")"
if [[ "$chain_id" != "11155111" ]]; then
  echo "RPC reports chain id $chain_id, expected 11155111 (Sepolia). Aborting." >&2
  exit 1
fi

if [[ ! -f "$HOME/.foundry/keystores/$ACCOUNT" ]]; then
  echo "keystore '$ACCOUNT' not found. Ask the user to run: cast wallet import $ACCOUNT --interactive" >&2
  exit 1
fi

bal_wei="$(cast balance "$DEPLOYER_ADDRESS" --rpc-url "$SEPOLIA_RPC_URL")"
echo "deployer $DEPLOYER_ADDRESS balance: $(cast from-wei "$bal_wei") SepoliaETH"

forge build

args=(script "$SCRIPT_PATH"
      --rpc-url "$SEPOLIA_RPC_URL"
      --account "$ACCOUNT"
      --sender "$DEPLOYER_ADDRESS"
      -vvv)

if [[ $BROADCAST -eq 1 ]]; then
  args+=(--broadcast)
  if [[ $VERIFY -eq 1 && -n "${ETHERSCAN_API_KEY:-}" ]]; then
    args+=(--verify --etherscan-api-key "$ETHERSCAN_API_KEY")
  fi
else
  echo ">>> simulation only; re-run with --broadcast to send transactions"
fi

forge "${args[@]}"

if [[ $BROADCAST -eq 1 ]]; then
  run="broadcast/$(basename "${SCRIPT_PATH%%:*}")/11155111/run-latest.json"
  if [[ -f "$run" ]] && command -v jq >/dev/null; then
    jq -r '.transactions[] | select(.transactionType=="CREATE") |
           "\(.contractName)  \(.contractAddress)  https://sepolia.etherscan.io/address/\(.contractAddress)"' "$run"
  fi
fi
