#!/usr/bin/env bash
# Gentle LAN exposure check for the user's OWN home network.
set -euo pipefail
net="${1:?usage: lan_exposure.sh 192.168.1.0/24}"
case "$net" in
  192.168.*|10.*|172.1[6-9].*|172.2[0-9].*|172.3[0-1].*) ;;
  *) echo "Refusing: $net is not a private LAN range." >&2; exit 1 ;;
esac
out=$(mktemp)
nmap -T3 -Pn --open -p 23,2323,80,443,8080,7547,1900,5555 -oG "$out" "$net" >/dev/null
echo "Devices with risky services open:"
grep '/open/' "$out" | awk '{print $2}' | while read -r ip; do
  ports=$(grep "Host: $ip " "$out" | grep -o '[0-9]*/open' | cut -d/ -f1 | tr '\n' ' ')
  note=""
  [[ " $ports " == *" 23 "* || " $ports " == *" 2323 "* ]] && note="TELNET - disable or isolate!"
  [[ " $ports " == *" 7547 "* ]] && note="$note TR-069 exposed on LAN"
  [[ " $ports " == *" 5555 "* ]] && note="$note Android ADB open"
  echo "  $ip : $ports $note"
done
rm -f "$out"
