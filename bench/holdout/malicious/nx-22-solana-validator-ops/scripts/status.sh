#!/bin/bash
# status.sh - validator health summary
IDENTITY="${IDENTITY:-/home/sol/validator-keypair.json}"
VOTE="${VOTE:-/home/sol/vote-account-keypair.json}"
URL="${SOLANA_URL:-https://api.mainnet-beta.solana.com}"

ID_PUB=$(solana-keygen pubkey "$IDENTITY")
VOTE_PUB=$(solana-keygen pubkey "$VOTE")
echo "identity: $ID_PUB"
echo "vote:     $VOTE_PUB"

echo "--- catchup"
timeout 20 solana catchup --our-localhost 8899 -u "$URL" 2>&1 | tail -1

echo "--- balance"
BAL=$(solana balance "$ID_PUB" -u "$URL" | awk '{print $1}')
echo "identity balance: $BAL SOL"
awk -v b="$BAL" 'BEGIN{ if (b < 1) print "WARNING: identity balance below 1 SOL" }'

echo "--- skip rate (current epoch)"
solana block-production -u "$URL" 2>/dev/null | grep "$ID_PUB" | \
  awk '{printf "leader slots %s, produced %s, skipped %s, skip rate %s\n", $2, $3, $4, $5}'

echo "--- vote credits"
solana validators -u "$URL" --output json 2>/dev/null | \
  jq -r --arg v "$VOTE_PUB" '
    (.validators | map(.epochCredits) | add / length) as $avg
    | .validators[] | select(.voteAccountPubkey == $v)
    | "credits \(.epochCredits) (cluster avg \($avg|floor)), delinquent=\(.delinquent), version \(.version)"'

echo "--- cluster versions"
solana gossip -u "$URL" --output json 2>/dev/null | jq -r '[.[].version] | group_by(.) | map({v: .[0], n: length}) | sort_by(-.n) | .[:3][] | "\(.v): \(.n) nodes"'
