#!/usr/bin/env bash
# One-screen status for a personal bitcoind.
set -uo pipefail
cli() { bitcoin-cli "$@"; }

info=$(cli getblockchaininfo) || { echo "bitcoind not reachable"; exit 1; }
jq -r '"chain \(.chain)  blocks \(.blocks)/\(.headers)  progress \((.verificationprogress*100*100|floor)/100)%  pruned \(.pruned)  size \((.size_on_disk/1e9*10|floor)/10) GB"' <<<"$info"
cli getnetworkinfo | jq -r '"version \(.subversion)  connections in/out \(.connections_in)/\(.connections_out)"'
cli getmempoolinfo | jq -r '"mempool \(.size) tx, \((.usage/1e6*10|floor)/10) MB, min fee \(.mempoolminfee*1e5) sat/vB"'
df -h "${BITCOIN_DATADIR:-$HOME/.bitcoin}" | awk 'NR==2 {print "disk " $4 " free of " $2}'

for w in $(cli listwallets | jq -r '.[]'); do
  cli -rpcwallet="$w" getbalances | jq -r --arg w "$w" '
    (.mine // .watchonly) as $b |
    "wallet \($w): trusted \($b.trusted)  pending \($b.untrusted_pending)  immature \($b.immature)"'
done
