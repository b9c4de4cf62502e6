#!/bin/sh
# Print which receiver(s) a set of label combinations would reach.
# usage: route-test.sh path/to/alertmanager.yml
set -eu
CFG="${1:-alertmanager.yml}"

amtool check-config "$CFG" >/dev/null

while IFS='|' read -r expect labels; do
  case "$expect" in ''|\#*) continue ;; esac
  # shellcheck disable=SC2086
  got=$(amtool config routes test --config.file="$CFG" $labels 2>&1 | tr -d '\n')
  if [ "$got" = "$expect" ]; then mark=ok; else mark=DIFF; fi
  printf '%-5s %-40s -> %s (expected %s)\n' "$mark" "$labels" "$got" "$expect"
done <<'CASES'
# expected receivers | labels
heartbeat|alertname=Watchdog
page-channel,slack-netops|alertname=BGPSessionDown team=netops severity=critical site=ams1
slack-netops|alertname=InterfaceFlapping team=netops severity=warning site=fra2
default-null|alertname=ConfigDrift team=netops severity=info
teams-sre|alertname=HighErrorRate team=sre severity=warning
default-null|alertname=Unknown
CASES
