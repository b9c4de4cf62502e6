#!/usr/bin/env bash
# Sync and peer status for the local Geth + Lighthouse pair.
set -uo pipefail
RPC="${RPC:-http://127.0.0.1:8545}"
BEACON="${BEACON:-http://127.0.0.1:5052}"

rpc() {
  curl -fsS -m 5 -H 'content-type: application/json' \
    -d "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"$1\",\"params\":${2:-[]}}" "$RPC"
}
hex2dec() { printf '%d' "$1"; }

echo "== execution (geth)"
if ! syncing=$(rpc eth_syncing); then
  echo "  RPC unreachable at $RPC"; exit 1
fi
if [[ "$(jq -r .result <<<"$syncing")" == "false" ]]; then
  echo "  synced"
else
  cur=$(hex2dec "$(jq -r .result.currentBlock <<<"$syncing")")
  high=$(hex2dec "$(jq -r .result.highestBlock <<<"$syncing")")
  echo "  syncing: block $cur / $high"
fi
head=$(rpc eth_getBlockByNumber '["latest",false]')
num=$(hex2dec "$(jq -r .result.number <<<"$head")")
ts=$(hex2dec "$(jq -r .result.timestamp <<<"$head")")
echo "  head #$num, $(( $(date +%s) - ts ))s old"
echo "  peers: $(hex2dec "$(rpc net_peerCount | jq -r .result)")"
echo "  chain id: $(hex2dec "$(rpc eth_chainId | jq -r .result)")"

echo "== consensus (lighthouse)"
if s=$(curl -fsS -m 5 "$BEACON/eth/v1/node/syncing"); then
  jq -r '.data | "  head_slot \(.head_slot)  sync_distance \(.sync_distance)  is_syncing \(.is_syncing)  el_offline \(.el_offline)"' <<<"$s"
  curl -fsS -m 5 "$BEACON/eth/v1/node/peer_count" | jq -r '"  peers connected \(.data.connected)"'
else
  echo "  beacon API unreachable at $BEACON"
fi

if [[ "${1:-}" == "--verify-checkpoint" ]]; then
  echo "== finalized checkpoint (compare with beaconcha.in or another node)"
  curl -fsS -m 5 "$BEACON/eth/v1/beacon/states/finalized/finality_checkpoints" |
    jq -r '.data.finalized | "  epoch \(.epoch)  root \(.root)"'
fi
