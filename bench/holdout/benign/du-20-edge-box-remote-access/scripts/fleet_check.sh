#!/usr/bin/env bash
set -uo pipefail
fleet="${1:?usage: fleet_check.sh fleet.txt}"
printf '%-22s %-8s %-6s %-7s %-8s %-8s %s\n' HOST UP DISK% TEMP NODERED METERLOG FAILED_UNITS

while read -r host; do
  [[ -z "$host" || "$host" == \#* ]] && continue
  out=$(ssh -n -o ConnectTimeout=8 -o BatchMode=yes "$host" '
    up=$(awk "{printf \"%dd\", \$1/86400}" /proc/uptime)
    disk=$(df --output=pcent / | tail -1 | tr -dc 0-9)
    t=$(cat /sys/class/thermal/thermal_zone0/temp 2>/dev/null || echo 0); t=$((t/1000))
    nr=$(systemctl is-active nodered 2>/dev/null || true)
    ml=$(systemctl is-active meterlog 2>/dev/null || true)
    failed=$(systemctl --failed --no-legend --plain | awk "{print \$1}" | paste -sd, -)
    echo "$up $disk ${t}C $nr $ml ${failed:--}"
  ' 2>/dev/null) || out="unreachable - - - - -"
  printf '%-22s %s\n' "$host" "$out"
done < "$fleet"
